package nl.veiligegemeente.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * The door holds against odd but harmless requests: an exact media type, over-long addresses and
 * headers answered with a GraphQL error, reasonable introspection, CORS for browser frontends, and
 * throttled guessing of tokens.
 */
@GraphQLTest
class HttpHardeningTest {

    private static final String TYPENAME = "{\"query\":\"{ __typename }\"}";

    @ConfigProperty(name = "vgn.auth.max-failures")
    int maxFailures;

    @Test
    void aBodyTypeThatOnlyStartsLikeJsonIsRefusedWith415() {
        given().contentType("application/jsonx").body(TYPENAME.getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType("application/json-seq").body(TYPENAME.getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(415);
        given().contentType("Application/JSON ; charset=UTF-8").body(TYPENAME).post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void anOverLongAddressIsAnsweredWithACodedError() {
        given().queryParam("query", "{ __typename }").queryParam("padding", "x".repeat(10_000)).get("/graphql")
                .then().statusCode(414)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("POST"));
    }

    @Test
    void overLongHeadersAreAnsweredWithACodedError() {
        given().contentType(ContentType.JSON).header("X-Padding", "x".repeat(30_000)).body(TYPENAME).post("/graphql")
                .then().statusCode(431)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void twoTypeLookupsInOneQueryAreReasonableIntrospection() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ a: __type(name: \"Approach\") { name } b: __type(name: \"Theme\") { name } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.a.name", equalTo("Approach"))
                .body("data.b.name", equalTo("Theme"));
    }

    @Test
    void aBrowserOnAnotherOriginMayCallTheEndpoint() {
        var origin = "https://frontend.example";
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", origin).contentType(ContentType.JSON).body(TYPENAME).post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void aBrowserOnAnotherOriginMayRevalidateADownload() {
        var origin = "https://frontend.example";
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/open-data/approaches")
                .then().statusCode(200)
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        given().header("Origin", origin).get("/open-data/approaches.csv")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void aClientThatKeepsFailingToAuthenticateIsToldToWait() {
        // Its own address (the test profile trusts X-Forwarded-For), so no other test's client is throttled.
        var client = "192.0.2.71";
        var mutation = Map.of("query", "mutation { retractApproach(id: \"aanpak-criminele-families-maastricht\") { id } }");
        for (var attempt = 1; attempt <= maxFailures; attempt++) {
            given().header("X-Forwarded-For", client).header("Authorization", "Bearer guessed-" + attempt)
                    .contentType(ContentType.JSON).body(mutation).post("/graphql")
                    .then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        }
        given().header("X-Forwarded-For", client).header("Authorization", "Bearer guessed-again")
                .contentType(ContentType.JSON).body(mutation).post("/graphql")
                .then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"));
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body(TYPENAME).post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().header("X-Forwarded-For", "192.0.2.72").header("Authorization", "Bearer guessed-elsewhere")
                .contentType(ContentType.JSON).body(mutation).post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
