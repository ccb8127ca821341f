package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.schema.ApiException;

/**
 * What a read statement returns of one node, and where: its key and selected properties, then the
 * values of its selected relations (by result key), then, inside a page whose cursors are selected,
 * its sort values. A statement of the {@link ReadPlanner} returns a node as a list in this order,
 * since a list carries no key names: a page of 100 nodes would otherwise send and decode each name
 * 100 times. The shape depends only on the type and the selection, so whoever reads a row can make
 * it again from what it asked.
 *
 * @param properties the key first, then the other selected properties, each once
 * @param relations  the selected relations, in the order they were first selected
 * @param sortValues whether the row ends with the values its cursor is made of
 */
public record RowShape(List<String> properties, List<Slot> relations, boolean sortValues) {

    /**
     * A selected relation: its arguments, the fields selected under its result key (the same relation
     * may be selected more than once under one key, with the same arguments) and the shape of the
     * nodes at its end.
     */
    public record Slot(String resultKey, Relation relation, Map<String, Object> arguments, List<SelectedField> fields,
            RowShape target) {
    }

    /** The shape of a node of this type with these fields selected; with sort values for a page whose cursors are selected. */
    public static RowShape of(GraphModel model, NodeType type, List<SelectedField> fields, boolean sortValues) {
        var properties = new LinkedHashSet<String>();
        properties.add(type.key());
        var byResultKey = new LinkedHashMap<String, List<SelectedField>>();
        for (var field : fields) {
            if (type.relation(field.getName()).isPresent()) {
                byResultKey.computeIfAbsent(field.getResultKey(), key -> new ArrayList<>()).add(field);
            } else if (type.hasProperty(field.getName())) {
                properties.add(field.getName());
            }
        }
        var relations = new ArrayList<Slot>(byResultKey.size());
        byResultKey.forEach((resultKey, sameKey) -> relations.add(slot(model, type, resultKey, sameKey)));
        return new RowShape(List.copyOf(properties), List.copyOf(relations), sortValues);
    }

    /** The shape of the rows of a connection with these fields selected (under {@code edges.node} and {@code nodes}). */
    public static RowShape ofRows(GraphModel model, NodeType type, List<SelectedField> connectionFields) {
        var selected = ConnectionSelection.of(connectionFields);
        return of(model, type, selected.nodeFields(), selected.cursors());
    }

    private static Slot slot(GraphModel model, NodeType type, String resultKey, List<SelectedField> sameKey) {
        var first = sameKey.get(0);
        for (var other : sameKey) {
            if (!Objects.equals(other.getArguments(), first.getArguments())) {
                throw ApiException.validation("'" + resultKey
                        + "' is selected twice with different arguments; give each an alias of its own.");
            }
        }
        var relation = type.relation(first.getName()).orElseThrow();
        var children = sameKey.stream()
                .flatMap(field -> field.getSelectionSet().getImmediateFields().stream())
                .toList();
        var target = model.target(relation);
        var shape = relation.many() ? ofRows(model, target, children) : of(model, target, children, false);
        return new Slot(resultKey, relation, first.getArguments(), children, shape);
    }

    /** The position of a property in the row, or -1 when the row does not hold it. */
    public int propertyIndex(String property) {
        return properties.indexOf(property);
    }

    /** The position of a relation's value in the row, or -1 when the row does not hold it. */
    public int relationIndex(String resultKey) {
        for (int i = 0; i < relations.size(); i++) {
            if (relations.get(i).resultKey().equals(resultKey)) {
                return properties.size() + i;
            }
        }
        return -1;
    }

    /** The slot of a selected relation, by result key. */
    public Slot relation(String resultKey) {
        return relations.stream().filter(slot -> slot.resultKey().equals(resultKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No relation '" + resultKey + "' in the row"));
    }

    /** The position of the sort values, or -1 when the row carries none. */
    public int sortValuesIndex() {
        return sortValues ? properties.size() + relations.size() : -1;
    }

    /**
     * The row as a {@link Row} reads it: properties by name, relation values under {@link Row#RELATED}
     * by result key (pages and nodes in the same form), sort values under {@link Row#SORT_VALUES}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap(List<Object> row) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < properties.size(); i++) {
            map.put(properties.get(i), row.get(i));
        }
        if (!relations.isEmpty()) {
            var related = new HashMap<String, Object>();
            for (int i = 0; i < relations.size(); i++) {
                var slot = relations.get(i);
                var value = row.get(properties.size() + i);
                related.put(slot.resultKey(), value == null ? null
                        : slot.relation().many() ? slot.target().toPageMap((Map<String, Object>) value)
                                : slot.target().toMap((List<Object>) value));
            }
            map.put(Row.RELATED, related);
        }
        if (sortValues) {
            map.put(Row.SORT_VALUES, row.get(sortValuesIndex()));
        }
        return map;
    }

    /** A page of rows of this shape with each row made a map by {@link #toMap}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toPageMap(Map<String, Object> page) {
        var map = new HashMap<>(page);
        map.put(ReadPlanner.PAGE_ROWS, ((List<List<Object>>) page.get(ReadPlanner.PAGE_ROWS)).stream()
                .map(this::toMap).toList());
        return map;
    }

    /**
     * What a connection field selects: fields of its nodes (under {@code edges.node} and {@code nodes}),
     * its count, its page info, and whether any cursor (an edge's, the page's first or last), whose
     * sort values its rows then carry.
     */
    record ConnectionSelection(List<SelectedField> nodeFields, boolean totalCount, boolean pageInfo,
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
