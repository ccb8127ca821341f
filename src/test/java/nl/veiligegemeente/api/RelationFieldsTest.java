package nl.veiligegemeente.api;

import static graphql.schema.idl.RuntimeWiring.newRuntimeWiring;
import static nl.veiligegemeente.graph.model.Hop.in;
import static nl.veiligegemeente.graph.model.Hop.out;
import static nl.veiligegemeente.graph.model.SortKey.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Ignore;
import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.graph.read.Related;
import nl.veiligegemeente.graph.read.Row;

/**
 * A node type declared once, in a model of its own, gets its GraphQL relation fields (typed,
 * described, with paging arguments) and their answers from the rows of one read, without a database:
 * nothing but the model and the record names them.
 */
class RelationFieldsTest {

    /** A shelf of a small library. */
    public record Shelf(String id, String name, Integer capacity, @Ignore Related related) implements GraphNode {
    }

    /** A book on a shelf. */
    public record Book(String id, String title, @Ignore Related related) implements GraphNode {
    }

    static final NodeType SHELF = NodeType.label("Shelf").record(Shelf.class)
            .orderedBy(ascending("name"))
            .many("books", "The books on this shelf.", in("STANDS_ON", "Book"))
            .build();

    static final NodeType BOOK = NodeType.label("Book").record(Book.class)
            .orderedBy(ascending("title"))
            .one("shelf", "The shelf this book stands on.", out("STANDS_ON", "Shelf"))
            .build();

    static final GraphModel MODEL = GraphModel.of(List.of(SHELF, BOOK));

    /** The schema SmallRye would build from the records and a root query: no relation fields yet. */
    static final String RECORDS_ONLY = """
            type Query { shelf: Shelf, books: Connection_Book! }
            type Shelf { id: ID!, name: String, capacity: Int }
            type Book { id: ID!, title: String }
            type Connection_Book { edges: [Edge_Book], nodes: [Book], pageInfo: PageInfo!, totalCount: Int! }
            type Edge_Book { cursor: String!, node: Book! }
            type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String }
            """;

    /** One shelf as the read planner's statement returns it: two books asked for, a third read to know there are more. */
    static final Map<String, Object> SHELF_ROW = Map.of("id", "romans", "name", "Romans", "capacity", 12L,
            Row.RELATED, Map.of("books", Map.of("totalCount", 3L, "rows", List.of(
                    book("max-havelaar", "Max Havelaar"), book("het-diner", "Het diner"), book("oeroeg", "Oeroeg")))));

    private static Map<String, Object> book(String id, String title) {
        return Map.of("id", id, "title", title, Row.SORT_VALUES, List.of(title, id),
                Row.RELATED, Map.of("shelf", Map.of("id", "romans", "name", "Romans")));
    }

    private static GraphQLSchema schema() {
        var recordsOnly = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(RECORDS_ONLY),
                newRuntimeWiring().type("Query", query -> query.dataFetcher("shelf",
                        field -> RecordReader.of(Shelf.class).apply(new Row(SHELF_ROW)))).build());
        return new SchemaConventions(MODEL).apply(GraphQLSchema.newSchema(recordsOnly)).build();
    }

    @Test
    void everyRelationIsAFieldOfItsTypeAsTheModelDescribesIt() {
        var schema = schema();

        var books = schema.getObjectType("Shelf").getFieldDefinition("books");
        assertThat(books.getDescription()).isEqualTo("The books on this shelf.");
        assertThat(GraphQLTypeUtil.simplePrint(books.getType())).isEqualTo("BookConnection!");
        assertThat(books.getArguments()).extracting(GraphQLArgument::getName)
                .containsExactly("first", "after", "last", "before");

        var shelf = schema.getObjectType("Book").getFieldDefinition("shelf");
        assertThat(shelf.getDescription()).isEqualTo("The shelf this book stands on.");
        assertThat(GraphQLTypeUtil.simplePrint(shelf.getType())).isEqualTo("Shelf");
    }

    @Test
    void relationFieldsAreAnsweredFromTheRowsOfTheRootRead() {
        var result = GraphQL.newGraphQL(schema()).build().execute("""
                { shelf { name capacity books(first: 2) {
                    totalCount pageInfo { hasNextPage } nodes { title shelf { name } }
                } } }""");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("shelf", Map.of("name", "Romans",
                "capacity", 12, "books", Map.of("totalCount", 3, "pageInfo", Map.of("hasNextPage", true),
                        "nodes", List.of(Map.of("title", "Max Havelaar", "shelf", Map.of("name", "Romans")),
                                Map.of("title", "Het diner", "shelf", Map.of("name", "Romans")))))));
    }
}
