package nl.veiligegemeente.api;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.support.GraphQLTest;

/** Every kind of bad request gets a GraphQL error with a clear message and a stable code, never a 500. */
@GraphQLTest
class ErrorResponsesTest {

    @Test
    void malformedGraphQLIsAParseErrorWithItsLocation() {
        graphql("{ seminar(id: \"x\" { title }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("line 1 column 19"))
                .body("errors[0].locations[0].column", equalTo(19));
    }

    @Test
    void anUnknownFieldIsAValidationErrorNamingTheField() {
        graphql("{ seminar(id: \"x\") { speakerCount } }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("Field 'speakerCount' in type 'Seminar' is undefined"));
    }

    @Test
    void aVariableOfTheWrongTypeIsRejectedWithAMessage() {
        graphql("query($size: Int) { themes(first: $size) { totalCount } }", Map.of("size", "ten"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'size' is not a valid Int: \"ten\" is not a whole number"));
    }

    @Test
    void aVariableOfAnUndeclaredTypeIsAValidationError() {
        graphql("query($id: Int!) { theme(id: $id) { name } }", Map.of("id", 1))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("Variable 'id' of type 'Int!' used in position expecting type 'ID!'"));
    }

    @Test
    void aCursorThatIsNotOursIsRejected() {
        graphql("{ themes(after: \"not-a-cursor\") { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("The cursor 'not-a-cursor' cannot be used here"))
                .body("errors[0].path[0]", equalTo("themes"));
    }

    @Test
    void aCursorOfAnotherListIsRejected() {
        var seminarCursor = graphql("{ seminars(first: 1) { edges { cursor } } }")
                .extract().jsonPath().getString("data.seminars.edges[0].cursor");
        graphql("query($after: String) { themes(after: $after) { totalCount } }", Map.of("after", seminarCursor))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("another list or order"));
    }

    @Test
    void pagesHaveACap() {
        graphql("{ themes(first: 101) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("'first' must be between 0 and 100, was 101."));
        graphql("{ themes(first: 2, last: 2) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void anUnknownIdIsNullWithoutAnError() {
        graphql("{ approach(id: \"bestaat-niet\") { title } municipality(code: \"GM9999\") { name } }")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.approach", nullValue())
                .body("data.municipality", nullValue());
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        given().contentType("application/json").body("{\"query\": ")
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aRequestWithoutQueryIsABadRequest() {
        given().contentType("application/json").body(Map.of("variables", Map.of()))
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("no 'query'"));
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        graphql("{ themes(first: -1) { totalCount } }")
                .body("errors", hasSize(1))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("exception")))
                .body("errors[0].message", not(containsString("at nl.veiligegemeente")));
    }
}
