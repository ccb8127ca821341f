package nl.veiligegemeente.api.http;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * The switches an operator turns for production: no GraphiQL, health without details, and a
 * request timeout (here 0, so that every request is over it and the test needs no clock).
 */
@GraphQLTest
@TestProfile(ProductionSwitchesTest.Production.class)
class ProductionSwitchesTest {

    /** The service as configured for production, with a request timeout every request exceeds. */
    public static class Production implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vgn.graphiql", "false", "vgn.health.details", "false", "vgn.graphql.request-timeout", "0s");
        }
    }

    @Test
    void aRequestOverTheTimeoutIsAnsweredWithTimeoutAndRunsNothing() {
        graphql("{ themes { totalCount } seminars { totalCount } }")
                .statusCode(200)
                .body("errors.extensions.code", everyItem(equalTo("TIMEOUT")))
                .body("errors[0].message", containsString("the most this service spends on one request"));
    }

    @Test
    void healthSaysOnlyUpOrDown() {
        for (var path : new String[] { "/q/health", "/q/health/live", "/q/health/ready" }) {
            given().get(path).then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("$", aMapWithSize(1));
        }
    }

    @Test
    void graphiQLIsNotServed() {
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}
