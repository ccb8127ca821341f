package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;

import graphql.schema.SelectedField;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;

/**
 * Turns the fields a GraphQL request selects into one Cypher statement that returns exactly
 * those fields, relations included, however deep: one round trip per root field.
 *
 * <p>Relations become {@code COLLECT} subqueries (ordered, keyset-paged, limited) and counts
 * become {@code COUNT} subqueries. Every value a client sends is a parameter, and the text of
 * a statement depends only on the shape of the selection, so Neo4j reuses its plans.
 */
public final class ReadPlanner {

    /** The single column every read statement returns. */
    public static final String RESULT = "result";

    /** The keys of the page map that {@link Pages} turns into a connection: its rows, their total, whether rows lie behind the cursor. */
    public static final String PAGE_ROWS = "rows";
    public static final String PAGE_TOTAL = "totalCount";
    public static final String PAGE_OTHER_SIDE = "otherSide";

    private final GraphModel model;
    private final Patterns patterns;

    private ReadPlanner(GraphModel model) {
        this.model = model;
        this.patterns = new Patterns(model);
    }

    /** One node by its key (or global id), with the selected fields, or no row when it does not exist or is hidden. */
    public static Statement one(GraphModel model, NodeType type, Object key, List<SelectedField> selection) {
        var planner = new ReadPlanner(model);
        var node = planner.patterns.node(type);
        return Cypher.match(node.withProperties(type.key(), Cypher.anonParameter(type.keyOf(key))))
                .where(Patterns.visible(type, node))
                .returning(planner.project(type, node, selection).as(RESULT))
                .build();
    }

    /**
     * The visible nodes of several types by key, each read with the fields selected for its type, in
     * one statement: a map from label to the rows found (in no particular order; a key not found has no row).
     */
    public static Statement nodes(GraphModel model, Map<String, ? extends Collection<String>> keysByLabel,
            Function<NodeType, List<SelectedField>> selection) {
        var planner = new ReadPlanner(model);
        var entries = new ArrayList<>();
        keysByLabel.forEach((label, keys) -> {
            var type = model.type(label);
            var node = planner.patterns.node(type);
            entries.add(label);
            entries.add(Cypher.collect(Cypher.match(node)
                    .where(node.property(type.key()).in(Cypher.anonParameter(List.copyOf(keys)))
                            .and(Patterns.visible(type, node)))
                    .returning(planner.project(type, node, selection.apply(type)))
                    .build()));
        });
        return Cypher.returning(Cypher.mapOf(entries.toArray()).as(RESULT)).build();
    }

    /** One page of the visible nodes of a type that pass the filter, as a map that {@link Pages} turns into a connection. */
    public static Statement page(GraphModel model, NodeType type, PageRequest page, NodeFilter filter,
            List<SelectedField> selection) {
        var planner = new ReadPlanner(model);
        return Cypher.returning(planner.connection(type, null, List.of(), page, filter, selection).as(RESULT)).build();
    }

    /**
     * The selected fields of a node that another statement found its own way (a search, a ranking,
     * a path), as the map a {@link Row} reads. The node must be bound where the expression is used;
     * the variables the planner adds ({@code n0}, {@code n1}, ...) live only inside its subqueries,
     * so the statement must not bind names of that form itself.
     */
    public static Expression projection(GraphModel model, NodeType type, Node node, List<SelectedField> selection) {
        return new ReadPlanner(model).project(type, node, selection);
    }

    private Expression project(NodeType type, Node node, List<SelectedField> fields, Object... extraEntries) {
        var properties = new LinkedHashSet<String>();
        properties.add(type.key());
        var relations = new LinkedHashMap<String, List<SelectedField>>();
        for (var field : fields) {
            if (type.relation(field.getName()).isPresent()) {
                relations.computeIfAbsent(field.getResultKey(), key -> new ArrayList<>()).add(field);
            } else if (type.hasProperty(field.getName())) {
                properties.add(field.getName());
            }
        }
        var entries = new ArrayList<>();
        for (var property : properties) {
            entries.add(property);
            entries.add(node.property(property));
        }
        if (!relations.isEmpty()) {
            var related = new ArrayList<>();
            relations.forEach((resultKey, sameKey) -> {
                related.add(resultKey);
                related.add(relation(type, node, sameKey));
            });
            entries.add(Row.RELATED);
            entries.add(Cypher.mapOf(related.toArray()));
        }
        entries.addAll(List.of(extraEntries));
        return Cypher.mapOf(entries.toArray());
    }

    /** The value of one relation field, which may be selected several times under the same result key. */
    private Expression relation(NodeType type, Node node, List<SelectedField> sameKey) {
        var first = sameKey.get(0);
        var relation = type.relation(first.getName()).orElseThrow();
        for (var other : sameKey) {
            if (!Objects.equals(other.getArguments(), first.getArguments())) {
                throw ApiException.validation("'" + first.getResultKey()
                        + "' is selected twice with different arguments; give each an alias of its own.");
            }
        }
        var children = sameKey.stream()
                .flatMap(field -> field.getSelectionSet().getImmediateFields().stream())
                .toList();
        var target = model.target(relation);
        if (relation.many()) {
            var arguments = first.getArguments();
            var page = PageArgs.of(arguments).resolve(ListArguments.ordering(target, arguments));
            return connection(target, node, relation.path(), page, ListArguments.filter(target, arguments), children);
        }
        return toOne(relation, target, node, children);
    }

    private Expression toOne(Relation relation, NodeType target, Node parent, List<SelectedField> fields) {
        var node = patterns.node(target);
        var match = patterns.path(parent, relation.path(), node);
        var rows = Cypher.match(match.pattern())
                .where(match.visible())
                .with(node)
                .orderBy(SortExpressions.sortItems(node, target.defaultOrder(), false))
                .limit(1)
                .returning(project(target, node, fields))
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
        var selected = ConnectionSelection.of(connectionFields);
        var node = patterns.node(target);
        var start = parent == null ? filter.start(node, patterns) : Optional.<Patterns.Match>empty();
        var path = parent == null
                ? new Patterns.Match(start.map(Patterns.Match::pattern).orElse(node), Patterns.visible(target, node)
                        .and(start.map(Patterns.Match::visible).orElse(Cypher.noCondition())))
                : patterns.path(parent, hops, node);
        var match = new Patterns.Match(path.pattern(), path.visible().and(filter.on(node, patterns)));
        var beyondCursor = page.cursor()
                .map(cursor -> Keyset.beyond(node, page.ordering(), cursor, page.backward()))
                .orElse(Cypher.noCondition());
        var distinct = start.isPresent() || hops.size() > 1 || hops.stream().anyMatch(Hop::isVariableLength);

        var ordered = Cypher.match(match.pattern()).where(match.visible().and(beyondCursor));
        var rows = (distinct ? ordered.withDistinct(node) : ordered.with(node))
                .orderBy(SortExpressions.sortItems(node, page.ordering(), page.backward()))
                .limit(Cypher.anonParameter(page.size() + 1))
                .returning(selected.cursors()
                        ? project(target, node, selected.nodeFields(), Row.SORT_VALUES, SortExpressions.values(node, page.ordering()))
                        : project(target, node, selected.nodeFields()))
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

    /**
     * What a connection field selects: fields of its nodes (under {@code edges.node} and {@code nodes}),
     * its count, its page info, and whether any cursor (an edge's, the page's first or last), whose
     * sort values its rows then carry.
     */
    private record ConnectionSelection(List<SelectedField> nodeFields, boolean totalCount, boolean pageInfo,
            boolean cursors) {

        static ConnectionSelection of(List<SelectedField> connectionFields) {
            var nodeFields = new ArrayList<>(Selections.under(connectionFields, "edges", "node"));
            nodeFields.addAll(Selections.under(connectionFields, "nodes"));
            var cursors = selects(Selections.under(connectionFields, "edges"), "cursor")
                    || selects(Selections.under(connectionFields, "pageInfo"), "startCursor")
                    || selects(Selections.under(connectionFields, "pageInfo"), "endCursor");
            return new ConnectionSelection(nodeFields, selects(connectionFields, "totalCount"),
                    selects(connectionFields, "pageInfo"), cursors);
        }

        private static boolean selects(List<SelectedField> fields, String name) {
            return fields.stream().anyMatch(field -> field.getName().equals(name));
        }
    }
}
