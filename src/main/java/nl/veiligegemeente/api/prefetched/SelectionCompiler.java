package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;

import com.fasterxml.jackson.core.JsonGenerator;

import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.PageRequest;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.graph.read.RowShape;

/**
 * Compiles what a client selected beneath a node or a connection into the {@link JsonWriter} of its
 * JSON from the values a read statement returns: nodes, their relations and connections, in the
 * order and under the names the client asked for. Types, arguments and pages are resolved here,
 * once per plan; a field the rows do not hold makes the query {@link NotPrefetchable}.
 */
final class SelectionCompiler {

    private static final String TYPENAME = "__typename";

    private final GraphModel model;

    SelectionCompiler(GraphModel model) {
        this.model = model;
    }

    /** A node of this type with the selected properties and relations, as {@link ReadPlanner#one} reads it. */
    JsonWriter<Value> node(NodeType type, List<SelectedField> fields) {
        return node(type, fields, RowAccess.of(RowShape.of(model, type, fields, false)));
    }

    /** A Relay connection over a page of nodes of this type, as {@link ReadPlanner#page} reads it, and that page. */
    RootConnection connection(NodeType type, List<SelectedField> fields, String connectionType) {
        var rows = RowAccess.of(RowShape.ofRows(model, type, fields));
        return new RootConnection(connection(children -> node(type, children, rows), fields, connectionType), rows);
    }

    /** The writer of a root connection, and how to read the page of its statement. */
    record RootConnection(JsonWriter<Pages.Page<Value>> writer, RowAccess rows) {

        /** Writes the page the statement read. */
        void write(JsonGenerator out, Value page, PageRequest request) throws IOException {
            writer.write(out, page(page, request, rows));
        }
    }

    private JsonWriter<Value> node(NodeType type, List<SelectedField> fields, RowAccess access) {
        return JsonWriter.object(each(fields, field -> nodeField(type, field, access)));
    }

    /** A Relay connection over a page of rows, each written as {@code rowWriter} compiles the fields selected of it. */
    private JsonWriter<Pages.Page<Value>> connection(Function<List<SelectedField>, JsonWriter<Value>> rowWriter,
            List<SelectedField> fields, String connectionType) {
        return JsonWriter.object(each(fields, field -> connectionField(rowWriter, field, connectionType)));
    }

    /**
     * The value of a {@link PlannedRootField}, as its GraphQL type says: a list, a node of the model, a
     * union member, a connection over {@code page}, or an object holding its fields by name.
     */
    JsonWriter<Value> value(GraphQLOutputType type, List<SelectedField> fields, PageRequest page) {
        var typeName = typeName(type);
        if (page != null) {
            var connection = connection(children -> value(nodesType(fields), children, null), fields, typeName);
            return (out, value) -> connection.write(out, page(value, page, RowAccess.BY_NAME));
        }
        var unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        JsonWriter<Value> writer;
        if (unwrapped instanceof GraphQLList list) {
            var element = value((GraphQLOutputType) list.getWrappedType(), fields, null);
            writer = (out, values) -> {
                out.writeStartArray();
                for (var value : values.values()) {
                    element.write(out, value);
                }
                out.writeEndArray();
            };
        } else if (unwrapped instanceof GraphQLUnionType union) {
            writer = unionMember(union, fields);
        } else if (model.types().containsKey(typeName)) {
            writer = node(model.type(typeName), fields, RowAccess.BY_NAME);
        } else {
            writer = JsonWriter.object(each(fields, field -> objectField(typeName, field)));
        }
        return (out, value) -> {
            if (value.isNull()) {
                out.writeNull();
            } else {
                writer.write(out, value);
            }
        };
    }

    /** The type of the rows of a connection, from its {@code nodes} or {@code edges.node} field. */
    private static GraphQLOutputType nodesType(List<SelectedField> connectionFields) {
        for (var field : connectionFields) {
            if (field.getName().equals("nodes")) {
                return (GraphQLOutputType) GraphQLTypeUtil.unwrapAll(field.getType());
            }
            if (field.getName().equals("edges")) {
                var node = field.getSelectionSet().getFields("node");
                if (!node.isEmpty()) {
                    return node.get(0).getType();
                }
            }
        }
        return null;
    }

    /** A union member projected as {@code {type: label, fields}}: written by the member type's compiled selection. */
    private JsonWriter<Value> unionMember(GraphQLUnionType union, List<SelectedField> fields) {
        var byLabel = new HashMap<String, JsonWriter<Value>>();
        for (var member : union.getTypes()) {
            var type = model.type(member.getName());
            byLabel.put(type.label(), node(type, fields.stream()
                    .filter(field -> field.getObjectTypeNames().contains(type.label())).toList(), RowAccess.BY_NAME));
        }
        return (out, value) -> byLabel.get(value.get("type").asString()).write(out, value.get("fields"));
    }

    private JsonWriter<Value> objectField(String typeName, SelectedField field) {
        var name = field.getName();
        if (name.equals(TYPENAME)) {
            return (out, object) -> out.writeString(typeName);
        }
        if (!GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()))) {
            var value = value(field.getType(), field.getSelectionSet().getImmediateFields(), null);
            return (out, object) -> value.write(out, object.get(name));
        }
        return scalar(field);
    }

    /** A scalar or enum field, read from the value under its name. */
    private static JsonWriter<Value> scalar(SelectedField field) {
        var name = field.getName();
        return scalar(field, object -> object.get(name));
    }

    /** A scalar or enum field, read from the value {@code read} finds. */
    private static JsonWriter<Value> scalar(SelectedField field, Function<Value, Value> read) {
        var scalar = Scalars.writer(field);
        return (out, object) -> {
            var value = read.apply(object);
            scalar.write(out, value.isNull() ? null : value.asObject());
        };
    }

    /** The page a statement read, as the driver returned it, its rows read as {@code rows} says. */
    private static Pages.Page<Value> page(Value page, PageRequest request, RowAccess rows) {
        var total = page.get(ReadPlanner.PAGE_TOTAL);
        var sortValues = rows.sortValues();
        return Pages.page(elements(page.get(ReadPlanner.PAGE_ROWS)), page.get(ReadPlanner.PAGE_OTHER_SIDE).isTrue(),
                total.isNull() ? null : total.asNumber(), request, row -> {
                    var values = sortValues.apply(row);
                    return values.isNull() ? null : values.asList();
                });
    }

    /** The elements of a list the driver returned, without copying them. */
    private static List<Value> elements(Value list) {
        return new AbstractList<>() {
            @Override
            public Value get(int index) {
                return list.get(index);
            }

            @Override
            public int size() {
                return list.size();
            }
        };
    }

    /** The name of the object type a field's values have, whatever lists and non-nulls wrap it. */
    static String typeName(GraphQLOutputType type) {
        return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
    }

    private JsonWriter<Value> nodeField(NodeType type, SelectedField field, RowAccess access) {
        var name = field.getName();
        var relation = type.relation(name);
        if (relation.isPresent()) {
            return relation(relation.get(), field, access);
        }
        if (name.equals(TYPENAME)) {
            var label = type.label();
            return (out, row) -> out.writeString(label);
        }
        var key = access.property(type.key());
        if (name.equals(NodeType.ID)) {
            var encoder = NodeId.asciiEncoder(type.label());
            return (out, row) -> {
                // Base64url needs no JSON escaping: its bytes go out as they are.
                var id = encoder.apply(key.apply(row).asString());
                out.writeRawUTF8String(id, 0, id.length);
            };
        }
        if (name.equals(type.keyField())) {
            return (out, row) -> out.writeString(key.apply(row).asString());
        }
        if (!type.hasProperty(name)) {
            throw new NotPrefetchable(name + " is not a property of " + type.label());
        }
        return scalar(field, access.property(name));
    }

    private JsonWriter<Value> relation(Relation relation, SelectedField field, RowAccess access) {
        var target = model.target(relation);
        var children = field.getSelectionSet().getImmediateFields();
        var resultKey = field.getResultKey();
        var related = access.related(resultKey);
        var rows = access.target(resultKey);
        if (relation.many()) {
            var arguments = field.getArguments();
            var request = PageArgs.of(arguments).resolve(ListArguments.ordering(target, arguments));
            var connection = connection(nodes -> node(target, nodes, rows), children, typeName(field.getType()));
            return (out, row) -> connection.write(out, page(related.apply(row), request, rows));
        }
        var node = node(target, children, rows);
        var nonNull = field.getType() instanceof GraphQLNonNull;
        return (out, row) -> {
            var value = related.apply(row);
            if (!value.isNull()) {
                node.write(out, value);
            } else if (nonNull) {
                throw new NotPrefetchable(resultKey + " is null but may not be");
            } else {
                out.writeNull();
            }
        };
    }

    private JsonWriter<Pages.Page<Value>> connectionField(Function<List<SelectedField>, JsonWriter<Value>> rowWriter,
            SelectedField field, String connectionType) {
        var children = field.getSelectionSet().getImmediateFields();
        return switch (field.getName()) {
            case "edges" -> edges(rowWriter, children, typeName(field.getType()));
            case "nodes" -> {
                var node = rowWriter.apply(children);
                yield (out, page) -> {
                    out.writeStartArray();
                    for (var row : page.rows()) {
                        node.write(out, row);
                    }
                    out.writeEndArray();
                };
            }
            case "pageInfo" -> JsonWriter.object(each(children, SelectionCompiler::pageInfoField));
            case "totalCount" -> (out, page) -> out.writeNumber(page.totalCount());
            case TYPENAME -> (out, page) -> out.writeString(connectionType);
            default -> throw new NotPrefetchable(field.getName() + " is not a field of a connection");
        };
    }

    /** One edge of a page: the row at this index, with its cursor. */
    private record Edge(Pages.Page<Value> page, int index) {
    }

    private JsonWriter<Pages.Page<Value>> edges(Function<List<SelectedField>, JsonWriter<Value>> rowWriter,
            List<SelectedField> fields, String edgeType) {
        var edge = JsonWriter.object(SelectionCompiler.<Edge>each(fields, field -> switch (field.getName()) {
            case "cursor" -> (out, at) -> out.writeString(at.page().cursor(at.index()));
            case "node" -> {
                var node = rowWriter.apply(field.getSelectionSet().getImmediateFields());
                yield (out, at) -> node.write(out, at.page().rows().get(at.index()));
            }
            case TYPENAME -> (out, at) -> out.writeString(edgeType);
            default -> throw new NotPrefetchable(field.getName() + " is not a field of an edge");
        }));
        return (out, page) -> {
            out.writeStartArray();
            for (int i = 0; i < page.rows().size(); i++) {
                edge.write(out, new Edge(page, i));
            }
            out.writeEndArray();
        };
    }

    private static JsonWriter<Pages.Page<Value>> pageInfoField(SelectedField field) {
        return switch (field.getName()) {
            case "hasNextPage" -> (out, page) -> out.writeBoolean(page.hasNextPage());
            case "hasPreviousPage" -> (out, page) -> out.writeBoolean(page.hasPreviousPage());
            case "startCursor" -> (out, page) -> out.writeString(page.startCursor());
            case "endCursor" -> (out, page) -> out.writeString(page.endCursor());
            default -> (out, page) -> out.writeString("PageInfo");
        };
    }

    private static <S> List<JsonWriter.Field<S>> each(List<SelectedField> fields,
            Function<SelectedField, JsonWriter<S>> compile) {
        var compiled = new ArrayList<JsonWriter.Field<S>>(fields.size());
        for (var field : fields) {
            compiled.add(new JsonWriter.Field<>(field.getResultKey(), compile.apply(field)));
        }
        return compiled;
    }
}
