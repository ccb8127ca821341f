package nl.veiligegemeente.api;

import static io.restassured.RestAssured.get;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * The README's GraphQL examples work: its queries run on the seed data without an error, and its
 * mutations are valid against the served schema (they are not run, so the seed stays as it is).
 */
@GraphQLTest
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyQueryOfTheReadmeAnswersWithoutAnError() throws IOException {
        var queries = examples().stream().filter(example -> !example.startsWith("mutation")).toList();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(7);
        for (var query : queries) {
            graphql(query).statusCode(200).body("errors", nullValue()).body("data", notNullValue());
        }
    }

    @Test
    void everyMutationOfTheReadmeFitsTheSchema() throws IOException {
        var mutations = examples().stream().filter(example -> example.startsWith("mutation")).toList();
        assertThat(mutations).isNotEmpty();
        var sdl = get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        for (var mutation : mutations) {
            assertThat(new Validator().validateDocument(schema, Parser.parse(mutation), Locale.ENGLISH))
                    .as(mutation).isEmpty();
        }
    }

    private static List<String> examples() throws IOException {
        return EXAMPLE.matcher(Files.readString(Path.of("README.md"))).results()
                .map(match -> match.group(1).strip())
                .toList();
    }
}
