package nl.veiligegemeente.api;

import java.util.HashSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Input;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.PageArgs;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.quarkus.arc.Unremovable;

/**
 * The schema SmallRye builds, made strict, completed from the model and brought to the Relay
 * conventions, in one pass: the input scalars refuse bad values ({@link StrictScalars}), every
 * relation of the model becomes a field of its type ({@link RelationFields}), every node type a
 * {@code Node} with a global id ({@link NodeFields}), the generic
 * {@code Connection<T>}/{@code Edge<T>} types get their conventional names ({@code ApproachConnection},
 * {@code ApproachEdge}), and every field returning a connection gets the paging arguments
 * {@code first}, {@code after}, {@code last} and {@code before}, plus the {@code filter} and
 * {@code orderBy} inputs its row type declares, all of which the read planner applies.
 */
@ApplicationScoped
@Unremovable
public class SchemaConventions {

    private final GraphModel model;
    private final GraphReads reads;

    SchemaConventions(GraphModel model, GraphReads reads) {
        this.model = model;
        this.reads = reads;
    }

    private static final Pattern GENERIC = Pattern.compile("(Connection|Edge)_(\\w+)");

    /**
     * The builder with the schema it holds transformed in one pass: every schema build validates and
     * re-links the whole schema, which made up most of the service's start when each step built its own.
     */
    GraphQLSchema.Builder apply(GraphQLSchema.Builder builder) {
        var schema = builder.build();
        var id = GraphQLNonNull.nonNull((GraphQLScalarType) schema.getType("ID"));
        var queryType = schema.getQueryType().getName();
        var transformed = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                var strict = StrictScalars.strict(scalar);
                return strict == scalar ? TraversalControl.CONTINUE : changeNode(context, strict);
            }

            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
                    TraverserContext<GraphQLSchemaElement> context) {
                var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                if (type.getName().equals(queryType)) {
                    // The code registry the transformation builds with is only reachable from inside it, and
                    // Node's type resolver must be in it before the schema is built.
                    NodeFields.register(registry, model, reads, queryType);
                    RelationFields.register(registry, model);
                    return changeNode(context, type.transform(b -> NodeFields.addRootFields(b, id)));
                }
                var nodeType = model.types().get(type.getName());
                if (nodeType != null) {
                    return changeNode(context, type.transform(b -> {
                        RelationFields.addFields(b, type, nodeType);
                        NodeFields.identify(b, type, nodeType, id);
                    }));
                }
                var generic = GENERIC.matcher(type.getName());
                if (!generic.matches()) {
                    return TraversalControl.CONTINUE;
                }
                var row = generic.group(2);
                var name = row + generic.group(1);
                keepDataFetchers(registry, type, name);
                var description = generic.group(1).equals("Connection")
                        ? "A page of " + row + " rows (Relay cursor connection) with keyset cursors."
                        : "One " + row + " row of a page, with the cursor to continue from it.";
                return changeNode(context, type.transform(b -> b.name(name).description(description)));
            }

            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                    TraverserContext<GraphQLSchemaElement> context) {
                var type = namedType(field.getType());
                if (!type.getName().startsWith("Connection_") || field.getArgument("first") != null) {
                    return TraversalControl.CONTINUE;
                }
                var row = type.getName().substring("Connection_".length());
                var inputs = model.types().containsKey(row) ? model.type(row).listInputs() : NodeType.ListInputs.NONE;
                return changeNode(context, field.transform(b -> {
                    b.argument(argument("first", GraphQLTypeReference.typeRef("Int"),
                                    "How many rows to return from the start of the list, or after `after`: 0 to "
                                            + PageArgs.MAX_SIZE + ", " + PageArgs.DEFAULT_SIZE
                                            + " when neither `first` nor `last` is given."))
                            .argument(argument("after", GraphQLTypeReference.typeRef("String"),
                                    "Continue after this cursor: the `endCursor` of the previous page, or any edge's `cursor`."))
                            .argument(argument("last", GraphQLTypeReference.typeRef("Int"),
                                    "How many rows to return from the end of the list, or before `before`: 0 to "
                                            + PageArgs.MAX_SIZE + "."))
                            .argument(argument("before", GraphQLTypeReference.typeRef("String"),
                                    "Continue before this cursor: the `startCursor` of the next page, or any edge's `cursor`."));
                    if (inputs.filter() != null && field.getArgument("filter") == null) {
                        b.argument(argument("filter", inputType(inputs.filter()), "Which of these rows; all when left out."));
                    }
                    if (inputs.order() != null && field.getArgument("orderBy") == null) {
                        b.argument(argument("orderBy", inputType(inputs.order()),
                                "The order of these rows; the default order of the type when left out."));
                    }
                }));
            }
        });
        return builder.query(transformed.getQueryType())
                .mutation(transformed.getMutationType())
                .subscription(transformed.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(new HashSet<>(transformed.getAdditionalTypes()))
                // SmallRye's @constraint directive (Bean Validation sizes) has Int arguments too.
                .clearDirectives()
                .additionalDirectives(new HashSet<>(transformed.getDirectives()))
                .codeRegistry(resolveToCurrentTypes(transformed.getCodeRegistry(), transformed));
    }

    /** The named type under a field's list and non-null wrappers, which may be a reference to it. */
    private static GraphQLNamedType namedType(GraphQLType type) {
        var unwrapped = type;
        while (GraphQLTypeUtil.isWrapped(unwrapped)) {
            unwrapped = GraphQLTypeUtil.unwrapOne(unwrapped);
        }
        return (GraphQLNamedType) unwrapped;
    }

    private static GraphQLTypeReference inputType(Class<?> input) {
        return GraphQLTypeReference.typeRef(input.getAnnotation(Input.class).value());
    }

    private static GraphQLArgument argument(String name, GraphQLInputType type, String description) {
        return GraphQLArgument.newArgument().name(name).type(type).description(description).build();
    }

    /**
     * Lets every union and interface resolve to the object types of the transformed schema: SmallRye's
     * resolvers answer with the instances it built before, which fragments no longer match.
     */
    private static GraphQLCodeRegistry resolveToCurrentTypes(GraphQLCodeRegistry registry, GraphQLSchema schema) {
        return registry.transform(b -> schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLUnionType || type instanceof GraphQLInterfaceType)
                .forEach(type -> {
                    var resolver = type instanceof GraphQLUnionType union
                            ? registry.getTypeResolver(union)
                            : registry.getTypeResolver((GraphQLInterfaceType) type);
                    b.typeResolver(type.getName(),
                            env -> env.getSchema().getObjectType(resolver.getType(env).getName()));
                }));
    }

    /** Registers the data fetchers of a type that is renamed again under its new name. */
    private static void keepDataFetchers(GraphQLCodeRegistry.Builder registry, GraphQLObjectType type, String newName) {
        for (var field : type.getFieldDefinitions()) {
            var fetcher = registry.getDataFetcher(FieldCoordinates.coordinates(type.getName(), field.getName()), field);
            registry.dataFetcher(FieldCoordinates.coordinates(newName, field.getName()), fetcher);
        }
    }
}
