package nl.veiligegemeente.api;

import static graphql.schema.idl.RuntimeWiring.newRuntimeWiring;
import static nl.veiligegemeente.graph.model.Hop.in;
import static nl.veiligegemeente.graph.model.Hop.out;
import static nl.veiligegemeente.graph.model.SortKey.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.network.TargetGroup;
import nl.veiligegemeente.network.Theme;
import nl.veiligegemeente.schema.PageInfo;

/**
 * Node types declared once, in a model of their own, get their GraphQL relation fields (typed,
 * described, with paging arguments) and their answers from the rows of one read, without a database:
 * nothing but the model and the records names them. The records are the service's own (a record of
 * a test that implemented {@link nl.veiligegemeente.graph.read.GraphNode} would join the served schema),
 * the relations are not.
 */
class RelationFieldsTest {

    static final NodeType THEME = NodeType.label("Theme").record(Theme.class)
            .orderedBy(ascending("name"))
            .many("groups", "The groups this theme concerns.", in("CONCERNS", "TargetGroup"))
            .build();

    static final NodeType GROUP = NodeType.label("TargetGroup").record(TargetGroup.class)
            .orderedBy(ascending("name"))
            .one("theme", "The theme this group is concerned by.", out("CONCERNS", "Theme"))
            .build();

    static final GraphModel MODEL = GraphModel.of(List.of(THEME, GROUP));

    /** The schema SmallRye would build from the records and a root query: no relation fields yet. */
    static final String RECORDS_ONLY = """
            type Query { theme: Theme, targetGroups: Connection_TargetGroup! }
            type Theme { id: ID!, name: String!, description: String }
            type TargetGroup { id: ID!, name: String! }
            type Connection_TargetGroup { edges: [Edge_TargetGroup], nodes: [TargetGroup], pageInfo: PageInfo!,
                totalCount: Int! }
            type Edge_TargetGroup { cursor: String!, node: TargetGroup! }
            type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String }
            """;

    /** A theme as the read planner's statement returns it: two groups asked for, and one more that says more follow. */
    static final Map<String, Object> THEME_ROW = Map.of("id", "ondermijning", "name", "Ondermijning",
            Row.RELATED, Map.of("groups", Map.of("totalCount", 3L, "rows", List.of(
                    group("jongeren", "Jongeren"), group("kinderen", "Kinderen"),
                    group("ondernemers", "Ondernemers")))));

    private static Map<String, Object> group(String id, String name) {
        return Map.of("id", id, "name", name, Row.SORT_VALUES, List.of(name, id),
                Row.RELATED, Map.of("theme", Map.of("id", "ondermijning", "name", "Ondermijning")));
    }

    private static GraphQLSchema schema() {
        var recordsOnly = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(RECORDS_ONLY),
                newRuntimeWiring().type("Query", query -> query.dataFetcher("theme",
                        field -> RecordReader.of(Theme.class).apply(new Row(THEME_ROW)))).build());
        // node(id:) and nodes(ids:) read the database, which these tests do not ask.
        return new SchemaConventions(MODEL, null).apply(GraphQLSchema.newSchema(recordsOnly)).build();
    }

    @Test
    void everyRelationIsAFieldOfItsTypeAsTheModelDescribesIt() {
        var schema = schema();

        var groups = schema.getObjectType("Theme").getFieldDefinition("groups");
        assertThat(groups.getDescription()).isEqualTo("The groups this theme concerns.");
        assertThat(GraphQLTypeUtil.simplePrint(groups.getType())).isEqualTo("TargetGroupConnection!");
        assertThat(groups.getArguments()).extracting(GraphQLArgument::getName)
                .containsExactly("first", "after", "last", "before");

        var theme = schema.getObjectType("TargetGroup").getFieldDefinition("theme");
        assertThat(theme.getDescription()).isEqualTo("The theme this group is concerned by.");
        assertThat(GraphQLTypeUtil.simplePrint(theme.getType())).isEqualTo("Theme");
    }

    @Test
    void everyNodeTypeIsANodeWhoseIdIsGlobalAndWhoseSlugIsItsOwnField() {
        var schema = schema();
        for (var type : List.of("Theme", "TargetGroup")) {
            var object = schema.getObjectType(type);
            assertThat(object.getInterfaces()).extracting(GraphQLNamedType::getName).containsExactly("Node");
            assertThat(GraphQLTypeUtil.simplePrint(object.getFieldDefinition("id").getType())).isEqualTo("ID!");
            assertThat(GraphQLTypeUtil.simplePrint(object.getFieldDefinition("slug").getType())).isEqualTo("String!");
        }
        assertThat(GraphQLTypeUtil.simplePrint(schema.getQueryType().getFieldDefinition("node").getType())).isEqualTo("Node");
        assertThat(GraphQLTypeUtil.simplePrint(schema.getQueryType().getFieldDefinition("nodes").getType())).isEqualTo("[Node]!");

        var result = GraphQL.newGraphQL(schema).build().execute("""
                { theme { id slug groups(first: 1) { nodes { id slug } } } }""");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("theme", Map.of(
                "id", NodeId.encode("Theme", "ondermijning"), "slug", "ondermijning",
                "groups", Map.of("nodes", List.of(Map.of("id", NodeId.encode("TargetGroup", "jongeren"), "slug", "jongeren"))))));
    }

    @Test
    void relationFieldsAreAnsweredFromTheRowsOfTheRootRead() {
        var result = GraphQL.newGraphQL(schema()).build().execute("""
                { theme { name groups(first: 2) {
                    totalCount pageInfo { hasNextPage } nodes { name theme { name } }
                } } }""");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("theme", Map.of("name", "Ondermijning",
                "groups", Map.of("totalCount", 3, "pageInfo", Map.of("hasNextPage", true),
                        "nodes", List.of(Map.of("name", "Jongeren", "theme", Map.of("name", "Ondermijning")),
                                Map.of("name", "Kinderen", "theme", Map.of("name", "Ondermijning")))))));
    }
}
