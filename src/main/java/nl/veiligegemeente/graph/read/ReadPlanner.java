package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;

/**
 * Turns the fields a GraphQL request selects into one Cypher statement that returns exactly
 * those fields, relations included, however deep: one round trip per root field.
 *
 * <p>Relations become {@code COLLECT} subqueries (ordered, keyset-paged, limited) and counts
 * become {@code COUNT} subqueries. Every value a client sends is a parameter, and the text of
 * a statement depends only on the shape of the selection, so Neo4j reuses its plans.
 */
public final class ReadPlanner {

    /** The parameter of {@link #one}'s statement that holds the key, so that its rendered text serves every node. */
    public static final String KEY = "key";

    /** The single column every read statement returns. */
    public static final String RESULT = "result";

    /** The keys of the page map that {@link Pages} turns into a connection: its rows, their total, whether rows lie behind the cursor. */
    public static final String PAGE_ROWS = "rows";
    public static final String PAGE_TOTAL = "totalCount";
    public static final String PAGE_OTHER_SIDE = "otherSide";

    private final GraphModel model;
    private final Patterns patterns;
    private final boolean positional;

    private ReadPlanner(GraphModel model, boolean positional) {
        this.model = model;
        this.patterns = new Patterns(model);
        this.positional = positional;
    }

    /**
     * One node by its key (or global id), with the selected fields, as a row of the {@link RowShape}
     * of the selection; no row when it does not exist or is hidden.
     */
    public static Statement one(GraphModel model, NodeType type, Object key, List<SelectedField> selection) {
        var planner = new ReadPlanner(model, true);
        var node = planner.patterns.node(type);
        return Cypher.match(node.withProperties(type.key(), Cypher.parameter(KEY, type.keyOf(key))))
                .where(Patterns.visible(type, node))
                .returning(planner.project(RowShape.of(model, type, selection, false), node).as(RESULT))
                .build();
    }

    /**
     * The visible nodes of several types by key, each read with the fields selected for its type, in
     * one statement: a map from label to the rows found, each of the {@link RowShape} of its type's
     * selection (in no particular order; a key not found has no row).
     */
    public static Statement nodes(GraphModel model, Map<String, ? extends Collection<String>> keysByLabel,
            Function<NodeType, List<SelectedField>> selection) {
        var planner = new ReadPlanner(model, true);
        var entries = new ArrayList<>();
        keysByLabel.forEach((label, keys) -> {
            var type = model.type(label);
            var node = planner.patterns.node(type);
            entries.add(label);
            entries.add(Cypher.collect(Cypher.match(node)
                    .where(node.property(type.key()).in(Cypher.anonParameter(List.copyOf(keys)))
                            .and(Patterns.visible(type, node)))
                    .returning(planner.project(RowShape.of(model, type, selection.apply(type), false), node))
                    .build()));
        });
        return Cypher.returning(Cypher.mapOf(entries.toArray()).as(RESULT)).build();
    }

    /**
     * One page of the visible nodes of a type that pass the filter, as a map that {@link Pages} turns
     * into a connection, its rows of the shape {@link RowShape#ofRows} gives.
     */
    public static Statement page(GraphModel model, NodeType type, PageRequest page, NodeFilter filter,
            List<SelectedField> selection) {
        var planner = new ReadPlanner(model, true);
        return Cypher.returning(planner.connection(type, null, List.of(), page, filter, selection).as(RESULT)).build();
    }

    /**
     * The selected fields of a node that another statement found its own way (a search, a ranking,
     * a path), as the map a {@link Row} reads: such statements return few nodes, and keyed by name
     * their readers need no shape. The node must be bound where the expression is used;
     * the variables the planner adds ({@code n0}, {@code n1}, ...) live only inside its subqueries,
     * so the statement must not bind names of that form itself.
     */
    public static Expression projection(GraphModel model, NodeType type, Node node, List<SelectedField> selection) {
        return new ReadPlanner(model, false).project(RowShape.of(model, type, selection, false), node);
    }

    /**
     * The node's values in the order of its shape: a list, or a map by name with the relations under
     * {@link Row#RELATED} and the sort values under {@link Row#SORT_VALUES}.
     */
    private Expression project(RowShape shape, Node node, Expression... sortValues) {
        var values = new ArrayList<Expression>();
        for (var property : shape.properties()) {
            values.add(node.property(property));
        }
        for (var slot : shape.relations()) {
            values.add(relation(slot, node));
        }
        if (positional) {
            values.addAll(List.of(sortValues));
            return Cypher.listOf(values);
        }
        var entries = new ArrayList<>();
        for (int i = 0; i < shape.properties().size(); i++) {
            entries.add(shape.properties().get(i));
            entries.add(values.get(i));
        }
        if (!shape.relations().isEmpty()) {
            var related = new ArrayList<>();
            for (int i = 0; i < shape.relations().size(); i++) {
                related.add(shape.relations().get(i).resultKey());
                related.add(values.get(shape.properties().size() + i));
            }
            entries.add(Row.RELATED);
            entries.add(Cypher.mapOf(related.toArray()));
        }
        if (sortValues.length > 0) {
            entries.add(Row.SORT_VALUES);
            entries.add(sortValues[0]);
        }
        return Cypher.mapOf(entries.toArray());
    }

    /** The value of one selected relation: its page, or its one node. */
    private Expression relation(RowShape.Slot slot, Node node) {
        var relation = slot.relation();
        var target = model.target(relation);
        if (relation.many()) {
            var arguments = slot.arguments();
            var page = PageArgs.of(arguments).resolve(ListArguments.ordering(target, arguments));
            return connection(target, node, relation.path(), page, ListArguments.filter(target, arguments), slot.fields());
        }
        var child = patterns.node(target);
        var match = patterns.path(node, relation.path(), child);
        var rows = Cypher.match(match.pattern())
                .where(match.visible())
                .with(child)
                .orderBy(SortExpressions.sortItems(child, target.defaultOrder(), false))
                .limit(1)
                .returning(project(slot.target(), child))
                .build();
        return Cypher.head(Cypher.collect(rows));
    }

    /**
     * A page of the nodes at the end of a path (or of all nodes of the type when there is no
     * parent, matched from the filter's start when it offers one): {@code {rows, totalCount?, otherSide?}}. One row more than the page size is read to
     * know whether the list goes on; {@code otherSide} tells whether rows lie behind the cursor.
     */
    private Expression connection(NodeType target, Node parent, List<Hop> hops, PageRequest page, NodeFilter filter,
            List<SelectedField> connectionFields) {
        var selected = RowShape.ConnectionSelection.of(connectionFields);
        var node = patterns.node(target);
        var start = parent == null ? filter.start(node, patterns) : Optional.<NodeFilter.Start>empty();
        var match = parent == null ? patterns.every(target, node, filter, start) : along(parent, hops, node, filter);
        var beyondCursor = page.cursor()
                .map(cursor -> Keyset.beyond(node, page.ordering(), cursor, page.backward()))
                .orElse(Cypher.noCondition());
        var distinct = start.isPresent() || hops.size() > 1 || hops.stream().anyMatch(Hop::isVariableLength);

        var indexWalk = parent == null && start.isEmpty()
                ? SortExpressions.indexWalk(node, target, page.ordering())
                : Cypher.noCondition();
        var ordered = Cypher.match(match.pattern()).where(match.visible().and(beyondCursor).and(indexWalk));
        var shape = RowShape.of(model, target, selected.nodeFields(), selected.cursors());
        var rows = (distinct ? ordered.withDistinct(node) : ordered.with(node))
                .orderBy(SortExpressions.sortItems(node, page.ordering(), page.backward()))
                .limit(Cypher.anonParameter(page.size() + 1))
                .returning(selected.cursors()
                        ? project(shape, node, SortExpressions.values(node, page.ordering()))
                        : project(shape, node))
                .build();

        var entries = new ArrayList<>(List.of(PAGE_ROWS, Cypher.collect(rows)));
        if (selected.totalCount()) {
            var all = Cypher.match(match.pattern()).where(match.visible());
            var counted = (distinct ? all.withDistinct(node) : all.with(node)).returning(node).build();
            entries.addAll(List.of(PAGE_TOTAL, Cypher.count(counted)));
        }
        if (selected.pageInfo() && page.cursor().isPresent()) {
            var otherSide = Cypher.match(match.pattern())
                    .where(match.visible().and(beyondCursor.not()))
                    .returning(node)
                    .build();
            entries.addAll(List.of(PAGE_OTHER_SIDE, Cypher.exists(otherSide)));
        }
        return Cypher.mapOf(entries.toArray());
    }

    /** The nodes at the end of the path from the parent that pass the filter. */
    private Patterns.Match along(Node parent, List<Hop> hops, Node node, NodeFilter filter) {
        var path = patterns.path(parent, hops, node);
        return new Patterns.Match(path.pattern(), path.visible().and(filter.on(node, patterns)));
    }
}
