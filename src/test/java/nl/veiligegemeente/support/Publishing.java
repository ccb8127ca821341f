package nl.veiligegemeente.support;

import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

/** Test helpers for writing through the API: the configured admin token and accounts made with it. */
public final class Publishing {

    /** The bootstrap admin token of the test profile (application.properties). */
    public static final String ADMIN = "test-admin-token-not-secret";

    private static final String CREATE = """
            mutation($input: CreatePublisherInput!) {
              createPublisher(input: $input) { token publisher { id } }
            }""";

    private Publishing() {
    }

    /** Creates an account and returns its token. */
    public static String account(String name, String role, String municipalityCode) {
        var input = new HashMap<String, Object>(Map.of("name", name, "role", role));
        if (municipalityCode != null) {
            input.put("municipalityCode", municipalityCode);
        }
        return graphqlAs(ADMIN, CREATE, Map.of("input", input))
                .body("errors", nullValue())
                .extract().jsonPath().getString("data.createPublisher.token");
    }

    /** Creates an account, revokes it at once and returns its (now refused) token. */
    public static String revokedAccount(String name) {
        var created = graphqlAs(ADMIN, CREATE, Map.of("input", Map.of("name", name, "role", "ADMIN")))
                .body("errors", nullValue()).extract().jsonPath();
        graphqlAs(ADMIN, "mutation($id: ID!) { revokePublisher(id: $id) { publisher { revokedAt } } }",
                Map.of("id", created.getString("data.createPublisher.publisher.id")))
                .body("errors", nullValue());
        return created.getString("data.createPublisher.token");
    }
}
