package nl.veiligegemeente.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL requests over HTTP the way a frontend does. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static ValidatableResponse graphql(String query) {
        return graphql(query, Map.of());
    }

    public static ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql")
                .then();
    }

    /** Sends the request with {@code Authorization: Bearer <token>}; a null token sends none. */
    public static ValidatableResponse graphqlAs(String token, String query, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(Map.of("query", query, "variables", variables)).post("/graphql").then();
    }
}
