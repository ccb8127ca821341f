package nl.veiligegemeente.municipalities;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * The admin import of the CBS register over HTTP: the fixture file creates its municipalities, a
 * second import changes nothing, a dry run writes nothing, and one bad row keeps every row out.
 */
@GraphQLTest
class RegisterImportTest {

    static final String PATH = "/admin/municipalities/register";
    static final List<String> FIXTURE_CODES = List.of("GM9801", "GM9802", "GM9803", "GM9804");
    private static final List<String> OWN_CODES = List.of("GM9801", "GM9802", "GM9803", "GM9804", "GM9805", "GM9806");
    private static final String CHANGES = """
            query($since: DateTime) { changes(since: $since, first: 100) { nodes {
              mutation action entityType entityId entityTitle changedFields } } }""";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    @AfterEach
    void withoutItsMunicipalities() {
        fixtures.write("MATCH (m:Municipality) WHERE m.code IN $codes DETACH DELETE m", Map.of("codes", OWN_CODES));
    }

    @Test
    void theFixtureCreatesItsMunicipalitiesOnceAndTheSameFileAgainChangesNothing() {
        var since = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, RegisterFileTest.fixture(), "")
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("rows", equalTo(4))
                .body("created", equalTo(FIXTURE_CODES))
                .body("unchanged", empty())
                .body("consistencyToken", not(emptyOrNullString()));
        graphql("{ municipality(code: \"GM9802\") { code name province } }")
                .body("data.municipality.name", equalTo("Fixture Súdwest-Wâlden"))
                .body("data.municipality.province", equalTo("Fixtureprovincie Noord"));

        upload(Publishing.ADMIN, RegisterFileTest.fixture(), "")
                .statusCode(200)
                .body("created", empty())
                .body("renamed", empty())
                .body("movedProvince", empty())
                .body("unchanged", equalTo(FIXTURE_CODES));
        var rows = journal(since);
        assertThat(rows).extracting(row -> row.get("entityId")).containsExactlyElementsOf(FIXTURE_CODES);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("mutation")).isEqualTo("importMunicipalities");
            assertThat(row.get("action")).isEqualTo("CREATED");
            assertThat(row.get("entityType")).isEqualTo("Municipality");
        });
    }

    @Test
    void aDryRunReportsRenamesMovesAndNewcomersAndWritesNothing() {
        upload(Publishing.ADMIN, RegisterFileTest.fixture(), "").statusCode(200);
        var changed = csv("""
                Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam
                9801,GM9801,Fixture Aa en Veen-Noord,98,PV98,Fixtureprovincie Noord
                9802,GM9802,Fixture Súdwest-Wâlden,99,PV99,Fixtureprovincie Zuid
                9803,GM9803,Fixture Nieuwnaam,98,PV98,Fixtureprovincie Noord
                9804,GM9804,"Fixture Bergen (L.); aan de Maas",99,PV99,Fixtureprovincie Zuid
                9805,GM9805,Fixture Nieuwkomer,99,PV99,Fixtureprovincie Zuid
                """);
        var since = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, changed, "?dryRun=true")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(List.of("GM9805")))
                .body("renamed", equalTo(List.of("GM9801", "GM9803")))
                .body("movedProvince", equalTo(List.of("GM9802", "GM9803")))
                .body("unchanged", equalTo(List.of("GM9804")))
                .body("consistencyToken", nullValue());
        graphql("{ a: municipality(code: \"GM9801\") { name } b: municipality(code: \"GM9805\") { name } }")
                .body("data.a.name", equalTo("Fixture Aa en Veen"))
                .body("data.b", nullValue());
        assertThat(journal(since)).isEmpty();

        upload(Publishing.ADMIN, changed, "?dryRun=false")
                .statusCode(200)
                .body("created", equalTo(List.of("GM9805")))
                .body("renamed", equalTo(List.of("GM9801", "GM9803")));
        graphql("{ a: municipality(code: \"GM9801\") { name } b: municipality(code: \"GM9802\") { province } }")
                .body("data.a.name", equalTo("Fixture Aa en Veen-Noord"))
                .body("data.b.province", equalTo("Fixtureprovincie Zuid"));
        assertThat(journal(since)).extracting(row -> row.get("changedFields"))
                .containsExactly(List.of("name"), List.of("province"), List.of("name", "province"),
                        List.of("name", "province"));
    }

    @Test
    void oneInvalidRowKeepsEveryRowOutAndEveryBadLineIsNamed() {
        var since = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, csv("""
                Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam
                9806;GM9806;Fixture Goed;98;PV98;Fixtureprovincie Noord
                ;GX98;Fixture Slechte code;98;PV98;Fixtureprovincie Noord
                9805;GM9805;;98;PV98;Fixtureprovincie Noord
                9806;GM9806;Fixture Nog eens;98;PV98;Fixtureprovincie Noord
                9801;GM9801;Fixture \u001B Escape;98;PV98;Fixtureprovincie Noord
                """), "")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("code", equalTo("VALIDATION"))
                .body("detail", containsString("nothing was imported"))
                .body("errors.line", equalTo(List.of(3, 4, 5, 6)))
                .body("errors[0].message", containsString("'code' must be a CBS municipality code"))
                .body("errors[1].message", containsString("'name'"))
                .body("errors[2].message", equalTo("names GM9806 again, like line 2."))
                .body("errors[3].message", containsString("control character U+001B"));
        graphql("{ municipality(code: \"GM9806\") { name } }").body("data.municipality", nullValue());
        assertThat(journal(since)).isEmpty();
    }

    @Test
    void onlyAdminsImportAndEveryRefusalIsAProblemWithTheGraphQLCode() {
        var publisher = Publishing.account("Fixture register uitgever", "PUBLISHER", "GM0935");
        upload(null, RegisterFileTest.fixture(), "")
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        upload(publisher, RegisterFileTest.fixture(), "")
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        upload(Publishing.ADMIN, RegisterFileTest.fixture(), "?dryRun=misschien")
                .statusCode(422).body("code", equalTo("VALIDATION"));
        given().header("Authorization", "Bearer " + Publishing.ADMIN).contentType("application/json").body("{}")
                .post(PATH).then()
                .statusCode(415).contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
        upload(Publishing.ADMIN, new byte[1024 * 1024 + 1], "")
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("LIMIT_EXCEEDED"));
        graphql("{ municipality(code: \"GM9801\") { name } }").body("data.municipality", nullValue());
    }

    @Test
    void aNewMunicipalityGetsAPublisherThatPublishes() {
        upload(Publishing.ADMIN, RegisterFileTest.fixture(), "").statusCode(200);
        var token = Publishing.account("Fixture Heerendorp, team Veiligheid", "PUBLISHER", "GM9803");
        graphqlAs(token, """
                mutation { publishApproach(input: {id: "fixture-register-heerendorp", municipalityCode: "GM9803",
                  title: "Fixture aanpak Heerendorp", kind: OTHER, status: PILOT}) { approach { municipality { name } } } }""",
                Map.of())
                .body("errors", nullValue())
                .body("data.publishApproach.approach.municipality.name", equalTo("Fixture 's-Heerendorp"));
        fixtures.write("MATCH (a:Approach {id: 'fixture-register-heerendorp'}) DETACH DELETE a");
    }

    static ValidatableResponse upload(String token, byte[] file, String query) {
        var request = given().contentType("text/csv; charset=utf-8").body(file);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post(PATH + query).then();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> journal(String since) {
        List<Map<String, Object>> rows = graphqlAs(Publishing.ADMIN, CHANGES, Map.of("since", since))
                .body("errors", nullValue())
                .extract().jsonPath().getList("data.changes.nodes");
        return rows.stream().filter(row -> String.valueOf(row.get("entityId")).startsWith("GM98")).toList();
    }
}
