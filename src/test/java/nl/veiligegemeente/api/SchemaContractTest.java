package nl.veiligegemeente.api;

import static io.restassured.RestAssured.get;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.support.GraphQLTest;

/** The schema is a contract: the served SDL is the committed one, and everything in it is described. */
@GraphQLTest
class SchemaContractTest {

    static final Path COMMITTED = Path.of("src/main/resources/schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedSchema() throws IOException {
        var served = get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (!served.equals(Files.readString(COMMITTED))) {
            var actual = Path.of("target/schema.graphql");
            Files.writeString(actual, served);
            assertThat(served)
                    .as("The served schema differs from %s; if the change is intended, copy %s over it", COMMITTED, actual)
                    .isEqualTo(Files.readString(COMMITTED));
        }
    }

    @Test
    void theDateScalarsSayWhatTheyAcceptAndWhereTheyAreSpecified() {
        var scalars = graphql("""
                { date: __type(name: "Date") { description specifiedByURL }
                  dateTime: __type(name: "DateTime") { description specifiedByURL } }""");
        scalars.body("data.date.specifiedByURL", equalTo(
                        "https://scalars.graphql.org/andimarek/local-date.html"))
                .body("data.date.description", containsString("YYYY-MM-DD"))
                .body("data.dateTime.specifiedByURL", equalTo(
                        "https://scalars.graphql.org/andimarek/date-time.html"))
                .body("data.dateTime.description", containsString("offset"));
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        var types = graphql("""
                { __schema { types {
                    name kind description
                    fields { name description args { name description } }
                    enumValues { name description }
                } } }""").extract().jsonPath().getList("data.__schema.types", Map.class);
        var undescribed = new ArrayList<String>();
        for (var type : types) {
            var name = (String) type.get("name");
            if (name.startsWith("__") || "SCALAR".equals(type.get("kind"))) {
                continue;
            }
            check(undescribed, name, type);
            for (var field : list(type, "fields")) {
                check(undescribed, name + "." + field.get("name"), field);
                for (var argument : list(field, "args")) {
                    check(undescribed, name + "." + field.get("name") + "(" + argument.get("name") + ")", argument);
                }
            }
            for (var value : list(type, "enumValues")) {
                check(undescribed, name + "." + value.get("name"), value);
            }
        }
        assertThat(undescribed).isEmpty();
    }

    private static void check(List<String> undescribed, String element, Map<?, ?> definition) {
        var description = (String) definition.get("description");
        if (description == null || description.isBlank()) {
            undescribed.add(element);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> list(Map<?, ?> definition, String key) {
        var value = (List<Map<?, ?>>) definition.get(key);
        return value == null ? List.of() : value;
    }
}
