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
}
