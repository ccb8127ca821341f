package nl.veiligegemeente.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.schema.SelectedField;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.graph.read.Selections;

/**
 * The shortest explainable path between two municipalities, in one statement: through approaches,
 * themes, practices, sessions, speakers and seminars, along the relationships of {@link PathRelation},
 * at most {@value #MAX_LENGTH} relationships long.
 *
 * <p>Of the shortest paths, the one through the fewest themes wins: a theme links nearly every
 * municipality, while a seminar both presented at or a practice both shared explains a link. The
 * remaining ties go to the path whose keys come first, so the answer is always the same.
 */
@GraphQLApi
public class Connections {

    /** The longest path looked for, in relationships. */
    static final int MAX_LENGTH = 6;

    private static final List<NodeType> THROUGH = List.of(NetworkModel.MUNICIPALITY, NetworkModel.APPROACH,
            NetworkModel.THEME, NetworkModel.PRACTICE, NetworkModel.SESSION, NetworkModel.SPEAKER, NetworkModel.SEMINAR);
    private static final SymbolicName PATH = Cypher.name("path");

    /**
     * The shortest paths between the matched {@code from} and {@code to}, as text because Cypher-DSL
     * cannot put a quantified path pattern between two nodes. Only constants go in. The predicates
     * sit inside the pattern, so Neo4j applies them while searching: a path through a retracted
     * node never hides a longer valid one.
     */
    private static final String SHORTEST_PATHS = """
            MATCH path = ALL SHORTEST (from) ((step)-[:%s]-(next:%s WHERE next.%s IS NULL)){1,%d} (to)
            RETURN path""".formatted(
            Arrays.stream(PathRelation.values()).map(Enum::name).collect(Collectors.joining("|")),
            THROUGH.stream().map(NodeType::label).collect(Collectors.joining("|")),
            NodeType.RETRACTED_AT, MAX_LENGTH);

    private final GraphReads reads;

    Connections(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("The shortest explainable path between two municipalities, through approaches, themes, practices,"
            + " sessions, speakers and seminars, at most " + MAX_LENGTH + " relationships long. Of equally short paths,"
            + " the one through the fewest themes. Null when there is none, or a municipality is unknown.")
    public NetworkPath connection(
            @NonNull @Id @Description("The municipality the path starts at: its CBS code or id.") String from,
            @NonNull @Id @Description("The municipality the path ends at: its CBS code or id.") String to) {
        var fromCode = (String) NetworkModel.MUNICIPALITY.keyOf(from);
        var toCode = (String) NetworkModel.MUNICIPALITY.keyOf(to);
        if (fromCode.equals(toCode)) {
            throw ApiException.validation("'from' and 'to' are both " + fromCode + ": give two different municipalities.");
        }
        var stepFields = Selections.under(reads.selection(), "steps", "node");
        var rows = reads.read(() -> statement(fromCode, toCode, stepFields));
        return rows.isEmpty() ? null : read(rows.get(0).asMap());
    }

    private Statement statement(String fromCode, String toCode, List<SelectedField> stepFields) {
        var from = Cypher.node(NetworkModel.MUNICIPALITY.label()).named("from");
        var to = Cypher.node(NetworkModel.MUNICIPALITY.label()).named("to");
        var x = Cypher.name("x");
        var themes = Cypher.size(Cypher.listWith(x).in(Cypher.nodes(PATH))
                .where(Cypher.anyNode(x).hasLabels(NetworkModel.THEME.label())).returning());
        var keys = Cypher.listWith(x).in(Cypher.nodes(PATH)).returning(AnyNode.key(THROUGH, Cypher.anyNode(x)));
        var themeCount = Cypher.name("themeCount");
        var keyList = Cypher.name("keyList");
        return Cypher.match(from.withProperties(NetworkModel.MUNICIPALITY.key(), Cypher.anonParameter(fromCode)),
                        to.withProperties(NetworkModel.MUNICIPALITY.key(), Cypher.anonParameter(toCode)))
                .callRawCypher(SHORTEST_PATHS)
                .with(PATH, themes.as(themeCount), keys.as(keyList))
                .orderBy(themeCount.ascending(), keyList.ascending())
                .limit(1)
                .returning(Cypher.mapOf("length", Cypher.size(Cypher.relationships(PATH)), "steps", steps(stepFields))
                        .as(ReadPlanner.RESULT))
                .build();
    }

    /** Every node of the path in order, read with the fields selected for its type, and the relationship into it. */
    private Expression steps(List<SelectedField> stepFields) {
        var i = Cypher.name("i");
        var step = Cypher.anyNode("step");
        var via = Cypher.anyNode().relationshipBetween(Cypher.anyNode()).named("via");
        var previous = Cypher.valueAt(Cypher.nodes(PATH), i.subtract(Cypher.literalOf(1)));
        var into = Cypher.caseExpression().when(i.isEqualTo(Cypher.literalOf(0))).then(Cypher.literalNull())
                .elseDefault(Cypher.valueAt(Cypher.relationships(PATH), i.subtract(Cypher.literalOf(1))));
        var rows = Cypher.unwind(Cypher.range(Cypher.literalOf(0), Cypher.size(Cypher.relationships(PATH)))).as(i)
                .with(i, Cypher.valueAt(Cypher.nodes(PATH), i).as(step.getRequiredSymbolicName()),
                        into.as(via.getRequiredSymbolicName()))
                .orderBy(i.ascending())
                .returning(Cypher.mapOf(
                        "node", AnyNode.projection(reads.model(), THROUGH, step, stepFields),
                        "via", Cypher.type(via),
                        "forward", Cypher.startNode(via).isEqualTo(previous)))
                .build();
        return Cypher.collect(rows);
    }

    @SuppressWarnings("unchecked")
    private static NetworkPath read(Map<String, Object> path) {
        var steps = ((List<Map<String, Object>>) path.get("steps")).stream().map(step -> {
            var node = AnyNode.read(step.get("node"));
            var type = SearchType.of(AnyNode.typeOf(step.get("node")));
            var via = (String) step.get("via");
            var direction = via == null ? null
                    : Boolean.TRUE.equals(step.get("forward")) ? PathDirection.FORWARD : PathDirection.BACKWARD;
            return new PathStep(type, node, via == null ? null : PathRelation.valueOf(via), direction);
        }).toList();
        return new NetworkPath(((Number) path.get("length")).intValue(), steps);
    }
}
