package nl.veiligegemeente.api;

import static io.restassured.RestAssured.get;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * The README's GraphQL examples work: its queries run on the seed data without an error, and its
 * mutations are valid against the served schema (they are not run, so the seed stays as it is).
 * Every example is a named operation and selects the {@code id} of every node, as Relay and Apollo
 * clients do to normalise their caches.
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

    @Test
    void everyExampleIsANamedOperationThatSelectsTheIdOfEveryNode() throws IOException {
        var sdl = get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        var schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        for (var example : examples()) {
            var document = Parser.parse(example);
            assertThat(document.getDefinitionsOfType(OperationDefinition.class)).as(example)
                    .allSatisfy(operation -> assertThat(operation.getName()).isNotBlank());
            var withoutId = new ArrayList<String>();
            QueryTraverser.newQueryTraverser().schema(schema).document(document).variables(Map.of()).build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            if (isNode(field.getFieldDefinition().getType()) && field.getField().getSelectionSet()
                                    .getSelectionsOfType(Field.class).stream().noneMatch(child -> child.getName().equals("id"))) {
                                withoutId.add(field.getField().getName());
                            }
                        }
                    });
            assertThat(withoutId).as(example).isEmpty();
        }
    }

    private static boolean isNode(GraphQLOutputType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object
                && object.getInterfaces().stream().anyMatch(implemented -> implemented.getName().equals("Node"));
    }

    private static List<String> examples() throws IOException {
        return EXAMPLE.matcher(Files.readString(Path.of("README.md"))).results()
                .map(match -> match.group(1).strip())
                .toList();
    }
}
