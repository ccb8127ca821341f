package nl.veiligegemeente.publishing;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/** Accounts: a token is shown once and stored as a hash, its use is noted, and a revoked or unknown one is refused. */
@GraphQLTest
class AccountsTest {

    static final String CREATE = """
            mutation($input: CreatePublisherInput!) {
              createPublisher(input: $input) { token publisher { id name role municipalityCode createdBy lastUsedAt revokedAt } }
            }""";

    @Inject
    DataSource dataSource;

    @Test
    void anAdminCreatesAPublisherWhoseTokenIsStoredOnlyAsAHash() throws Exception {
        var created = graphqlAs(Publishing.ADMIN, CREATE, Map.of("input", Map.of("name", "Fixture Gemeente Maastricht",
                "role", "PUBLISHER", "municipalityCode", "GM0935")))
                .body("errors", nullValue())
                .body("data.createPublisher.token", startsWith("vgn_"))
                .body("data.createPublisher.publisher.role", equalTo("PUBLISHER"))
                .body("data.createPublisher.publisher.createdBy", equalTo("Bootstrap admin (configuration)"))
                .body("data.createPublisher.publisher.lastUsedAt", nullValue())
                .extract().jsonPath();
        var token = created.getString("data.createPublisher.token");
        var id = created.getString("data.createPublisher.publisher.id");

        assertThat(storedTokenHash(id)).isEqualTo(sha256(token)).doesNotContain(token);
        graphqlAs(token, "{ me { id role municipalityCode } }", Map.of())
                .body("data.me.id", equalTo(id))
                .body("data.me.municipalityCode", equalTo("GM0935"));
        graphqlAs(Publishing.ADMIN, "{ publishers { id lastUsedAt } }", Map.of())
                .body("data.publishers.find { it.id == '" + id + "' }.lastUsedAt", notNullValue());
    }

    @Test
    void aTokenUsedBeforeItIsRevokedIsRefusedAtOnce() {
        var created = graphqlAs(Publishing.ADMIN, CREATE, Map.of("input", Map.of("name", "Fixture gebruikt en ingetrokken",
                "role", "EDITOR"))).body("errors", nullValue()).extract().jsonPath();
        var token = created.getString("data.createPublisher.token");
        graphqlAs(token, "{ me { role } }", Map.of()).body("data.me.role", equalTo("EDITOR"));
        graphqlAs(Publishing.ADMIN, "mutation($id: ID!) { revokePublisher(id: $id) { publisher { revokedAt } } }",
                Map.of("id", created.getString("data.createPublisher.publisher.id"))).body("errors", nullValue());

        graphqlAs(token, "{ me { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("revoked"));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        var token = Publishing.revokedAccount("Fixture ingetrokken account");
        graphqlAs(token, "{ me { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("revoked"));
    }

    @Test
    void anUnknownOrMalformedTokenIsUnauthenticated() {
        graphqlAs("vgn_nietbestaand", "{ me { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("not known"));
        given().contentType(ContentType.JSON).header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .body(Map.of("query", "{ me { id } }")).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("Bearer"));
    }

    @Test
    void onlyAdminsSeeTheAccountsAndNeverTheirTokens() {
        var editor = Publishing.account("Fixture redacteur", "EDITOR", null);
        graphqlAs(editor, "{ publishers { id } }", Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphql("{ publishers { id } }").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphql("{ __type(name: \"Publisher\") { fields { name } } }")
                .body("data.__type.fields.name", not(hasItem("token")))
                .body("data.__type.fields.name", not(hasItem("tokenHash")));
    }

    @Test
    void aPublisherNeedsAMunicipalityThatExists() {
        graphqlAs(Publishing.ADMIN, CREATE, Map.of("input", Map.of("name", "Fixture zonder gemeente", "role", "PUBLISHER")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        graphqlAs(Publishing.ADMIN, CREATE, Map.of("input", Map.of("name", "Fixture", "role", "PUBLISHER",
                "municipalityCode", "Maastricht")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'municipalityCode' must be a CBS municipality code"));
        graphqlAs(Publishing.ADMIN, CREATE, Map.of("input", Map.of("name", "Fixture", "role", "PUBLISHER",
                "municipalityCode", "GM9998")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("GM9998"));
        graphqlAs(Publishing.ADMIN, "mutation { revokePublisher(id: \"geen-account\") { publisher { id } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    private String storedTokenHash(String id) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT token_hash FROM publisher WHERE id = ?::uuid")) {
            statement.setString(1, id);
            try (var result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1);
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
