package nl.veiligegemeente.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.SelectedField;
import graphql.schema.TypeResolver;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.RecordProperties;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.schema.ApiException;

/**
 * Relay's Global Object Identification, from the model: every node type implements the {@code Node}
 * interface, whose {@code id} is the node's global {@link NodeId}; the readable key the record calls
 * {@code id} becomes the field {@code slug} (a municipality keeps {@code code}); and the root fields
 * {@code node(id:)} and {@code nodes(ids:)} read any node by its global id, {@code nodes} in one statement.
 */
final class NodeFields {

    static final String NODE = "Node";
    private static final String NODE_FIELD = "node";
    private static final String NODES_FIELD = "nodes";

    private NodeFields() {
    }

    /** Adds {@code node(id:)} and {@code nodes(ids:)} to the query type; {@code id} is the schema's {@code ID!}. */
    static void addRootFields(GraphQLObjectType.Builder query, GraphQLNonNull id) {
        var node = GraphQLInterfaceType.newInterface()
                .name(NODE)
                .description("An object with a globally unique id (Relay Global Object Identification): read it again"
                        + " with `node(id:)`. The id is opaque; the readable key is a field of its own (`slug`, or a"
                        + " municipality's `code`).")
                .field(GraphQLFieldDefinition.newFieldDefinition().name(NodeType.ID).type(id)
                        .description("The globally unique, opaque id of this object."))
                .build();
        query.field(nodeField(node, id)).field(nodesField(id));
    }

    /** Registers the type resolver of {@code Node} and the data fetchers of the fields this class adds. */
    static void register(GraphQLCodeRegistry.Builder registry, GraphModel model, GraphReads reads,
            String queryType) {
        var recordLabels = new HashMap<Class<?>, String>();
        model.types().values().forEach(type -> recordLabels.put(type.record(), type.label()));
        TypeResolver resolver = env -> env.getSchema().getObjectType(recordLabels.get(env.getObject().getClass()));
        registry.typeResolver(NODE, resolver);
        registry.dataFetcher(FieldCoordinates.coordinates(queryType, NODE_FIELD),
                (DataFetcher<Object>) env -> reads.nodes(List.of((String) env.getArgument(NodeType.ID)), selection(env)).get(0));
        registry.dataFetcher(FieldCoordinates.coordinates(queryType, NODES_FIELD),
                (DataFetcher<Object>) env -> reads.nodes(ids(env), selection(env)));
        model.types().values().forEach(type -> {
            var key = keyAccessor(type);
            registry.dataFetcher(FieldCoordinates.coordinates(type.label(), NodeType.ID), new Key(type.label(), key, true));
            if (!type.keyField().equals(type.key())) {
                registry.dataFetcher(FieldCoordinates.coordinates(type.label(), type.keyField()), new Key(type.label(), key, false));
            }
        });
    }

    /** The node type's object type as a {@code Node}: the global {@code id}, and its key under its own field. */
    static void identify(GraphQLObjectType.Builder builder, GraphQLObjectType object, NodeType type,
            GraphQLNonNull id) {
        builder.withInterface(GraphQLTypeReference.typeRef(NODE));
        if (!type.keyField().equals(type.key())) {
            var readable = object.getFieldDefinition(type.key());
            builder.field(readable.transform(b -> b.name(type.keyField())
                    .type(GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef("String")))));
        }
        builder.field(GraphQLFieldDefinition.newFieldDefinition().name(NodeType.ID).type(id)
                .description("The globally unique, opaque id of this " + type.label()
                        + " (Relay's `Node.id`); `node(id:)` reads it again."));
    }

    private static GraphQLFieldDefinition nodeField(GraphQLInterfaceType node, GraphQLNonNull id) {
        return GraphQLFieldDefinition.newFieldDefinition()
                .name(NODE_FIELD)
                .description("Any node by its global id (Relay's Global Object Identification). Null when the id names"
                        + " no visible node, and also when it is no global id at all (a slug, a malformed text).")
                .argument(GraphQLArgument.newArgument().name(NodeType.ID).type(id).description("Its global id: the `id` field of any node."))
                .type(node)
                .build();
    }

    private static GraphQLFieldDefinition nodesField(GraphQLNonNull id) {
        return GraphQLFieldDefinition.newFieldDefinition()
                .name(NODES_FIELD)
                .description("Nodes by their global ids, in the order given, in one read; null in the place of an id"
                        + " that names no visible node or is no global id. At most " + PageArgs.MAX_SIZE + " ids.")
                .argument(GraphQLArgument.newArgument().name("ids").type(GraphQLNonNull.nonNull(GraphQLList.list(id)))
                        .description("Global ids: the `id` fields of any nodes."))
                .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLTypeReference.typeRef(NODE))))
                .build();
    }

    private static List<String> ids(DataFetchingEnvironment env) {
        List<String> ids = env.getArgument("ids");
        if (ids.size() > PageArgs.MAX_SIZE) {
            throw ApiException.validation("'ids' has " + ids.size() + " ids; ask for at most " + PageArgs.MAX_SIZE
                    + " at a time.");
        }
        return ids;
    }

    private static List<SelectedField> selection(DataFetchingEnvironment env) {
        return env.getSelectionSet().getImmediateFields();
    }

    private static Method keyAccessor(NodeType type) {
        return RecordProperties.of(type.record()).get(type.key()).getAccessor();
    }

    /** Answers a node's global {@code id} ({@code global}), or its readable key, from the key its record holds. */
    private record Key(String label, Method accessor, boolean global) implements DataFetcher<String> {

        @Override
        public String get(DataFetchingEnvironment env) {
            try {
                var key = accessor.invoke(env.getSource()).toString();
                return global ? NodeId.encode(label, key) : key;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Could not read the key of a " + label, e);
            }
        }
    }
}
