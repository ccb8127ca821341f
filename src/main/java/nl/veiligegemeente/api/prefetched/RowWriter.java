package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import graphql.GraphQLContext;
import graphql.introspection.Introspection;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import nl.veiligegemeente.api.PageInfo;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.graph.read.Row;

/**
 * Writes the JSON of the fields a client selected straight from the rows a read statement returned:
 * nodes, their relations and connections, in the order and under the names the client asked for,
 * with each scalar serialised as its GraphQL type serialises it.
 */
final class RowWriter {

    private static final String TYPENAME = Introspection.TypeNameMetaFieldDef.getName();

    private final GraphModel model;

    RowWriter(GraphModel model) {
        this.model = model;
    }

    /** Whether every field selected beneath a node of this type is one the rows hold. */
    boolean covers(NodeType type, List<SelectedField> fields) {
        for (var field : fields) {
            var name = field.getName();
            var relation = type.relation(name);
            if (relation.isPresent()) {
                var target = model.target(relation.get());
                var children = field.getSelectionSet().getImmediateFields();
                if (!(relation.get().many() ? coversConnection(target, children) : covers(target, children))) {
                    return false;
                }
            } else if (!name.equals(TYPENAME) && !type.hasProperty(name)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every field selected beneath a connection of nodes of this type is one the rows hold. */
    boolean coversConnection(NodeType type, List<SelectedField> fields) {
        for (var field : fields) {
            var covered = switch (field.getName()) {
                case "nodes" -> covers(type, field.getSelectionSet().getImmediateFields());
                case "edges" -> field.getSelectionSet().getImmediateFields().stream().allMatch(edgeField ->
                        switch (edgeField.getName()) {
                            case "node" -> covers(type, edgeField.getSelectionSet().getImmediateFields());
                            case "cursor", "__typename" -> true;
                            default -> false;
                        });
                case "pageInfo", "totalCount", "__typename" -> true;
                default -> false;
            };
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** A node: its selected properties and relations. */
    @SuppressWarnings("unchecked")
    void node(JsonGenerator out, NodeType type, Map<String, Object> values, List<SelectedField> fields)
            throws IOException {
        out.writeStartObject();
        var related = (Map<String, Object>) values.get(Row.RELATED);
        for (var field : fields) {
            out.writeFieldName(field.getResultKey());
            var name = field.getName();
            var relation = type.relation(name);
            if (relation.isPresent()) {
                relation(out, relation.get(), related.get(field.getResultKey()), field);
            } else if (name.equals(TYPENAME)) {
                out.writeString(type.label());
            } else {
                scalar(out, field, values.get(name));
            }
        }
        out.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private void relation(JsonGenerator out, Relation relation, Object value, SelectedField field) throws IOException {
        var target = model.target(relation);
        var children = field.getSelectionSet().getImmediateFields();
        if (relation.many()) {
            var arguments = field.getArguments();
            var request = PageArgs.of(arguments).resolve(ListArguments.ordering(target, arguments));
            connection(out, target, Pages.page((Map<String, Object>) value, request), children, typeName(field));
        } else if (value == null) {
            nullUnlessNonNull(out, field);
        } else {
            node(out, target, (Map<String, Object>) value, children);
        }
    }

    /** A Relay connection over a page of nodes of this type. */
    void connection(JsonGenerator out, NodeType type, Pages.Page page, List<SelectedField> fields,
            String connectionType) throws IOException {
        out.writeStartObject();
        for (var field : fields) {
            out.writeFieldName(field.getResultKey());
            switch (field.getName()) {
                case "edges" -> edges(out, type, page, field.getSelectionSet().getImmediateFields(), field);
                case "nodes" -> {
                    var nodeFields = field.getSelectionSet().getImmediateFields();
                    out.writeStartArray();
                    for (var row : page.rows()) {
                        node(out, type, row, nodeFields);
                    }
                    out.writeEndArray();
                }
                case "pageInfo" -> pageInfo(out, page.pageInfo(), field.getSelectionSet().getImmediateFields());
                case "totalCount" -> out.writeNumber(page.totalCount());
                default -> out.writeString(connectionType);
            }
        }
        out.writeEndObject();
    }

    private void edges(JsonGenerator out, NodeType type, Pages.Page page, List<SelectedField> fields,
            SelectedField edgesField) throws IOException {
        out.writeStartArray();
        for (int i = 0; i < page.rows().size(); i++) {
            out.writeStartObject();
            for (var field : fields) {
                out.writeFieldName(field.getResultKey());
                switch (field.getName()) {
                    case "cursor" -> out.writeString(page.cursors().get(i));
                    case "node" -> node(out, type, page.rows().get(i), field.getSelectionSet().getImmediateFields());
                    default -> out.writeString(typeName(edgesField));
                }
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void pageInfo(JsonGenerator out, PageInfo pageInfo, List<SelectedField> fields) throws IOException {
        out.writeStartObject();
        for (var field : fields) {
            out.writeFieldName(field.getResultKey());
            switch (field.getName()) {
                case "hasNextPage" -> out.writeBoolean(pageInfo.hasNextPage());
                case "hasPreviousPage" -> out.writeBoolean(pageInfo.hasPreviousPage());
                case "startCursor" -> out.writeString(pageInfo.startCursor());
                case "endCursor" -> out.writeString(pageInfo.endCursor());
                default -> out.writeString("PageInfo");
            }
        }
        out.writeEndObject();
    }

    /** A property, serialised by the field's GraphQL type exactly as graphql-java would. */
    private static void scalar(JsonGenerator out, SelectedField field, Object value) throws IOException {
        if (value == null) {
            nullUnlessNonNull(out, field);
            return;
        }
        var type = GraphQLTypeUtil.unwrapNonNull(field.getType());
        if (type instanceof GraphQLEnumType) {
            out.writeString(value.toString());
        } else if (type instanceof GraphQLScalarType scalar) {
            switch (scalar.getName()) {
                case "String", "ID" -> out.writeString(value.toString());
                case "Int" -> out.writeNumber(((Number) value).intValue());
                case "Float" -> out.writeNumber(((Number) value).doubleValue());
                case "Boolean" -> out.writeBoolean((Boolean) value);
                default -> serialised(out, scalar.getCoercing().serialize(javaValue(value), GraphQLContext.getDefault(),
                        Locale.ROOT));
            }
        } else {
            throw new NotPrefetchable(field.getName() + " is not a scalar");
        }
    }

    /** A serialised scalar; SmallRye's date scalars leave the date to the JSON step, which writes it in ISO form. */
    private static void serialised(JsonGenerator out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            out.writeNumber(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value instanceof OffsetDateTime dateTime) {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
        } else {
            throw new NotPrefetchable("a scalar serialised as " + value.getClass().getSimpleName());
        }
    }

    /** The Java value a record of the type holds for a value the driver returned. */
    private static Object javaValue(Object value) {
        return value instanceof ZonedDateTime dateTime ? dateTime.toOffsetDateTime() : value;
    }

    private static void nullUnlessNonNull(JsonGenerator out, SelectedField field) throws IOException {
        if (field.getType() instanceof GraphQLNonNull) {
            throw new NotPrefetchable(field.getResultKey() + " is null but may not be");
        }
        out.writeNull();
    }

    private static String typeName(SelectedField field) {
        return typeName(field.getType());
    }

    /** The name of the object type a field's values have, whatever lists and non-nulls wrap it. */
    static String typeName(GraphQLOutputType type) {
        return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
    }
}
