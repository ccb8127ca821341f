package nl.veiligegemeente.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.quarkus.arc.Unremovable;
import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.schema.Edge;

/**
 * The schema SmallRye builds, completed from the model and brought to the Relay conventions: every
 * relation of the model becomes a field of its type ({@link RelationFields}), every node type a
 * {@code Node} with a global id ({@link NodeFields}); then the generic
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

    GraphQLSchema.Builder apply(GraphQLSchema.Builder builder) {
        var schema = NodeFields.add(model, reads, RelationFields.add(model, builder.build()));
        var renames = new HashMap<String, String>();
        var transformed = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
                    TraverserContext<GraphQLSchemaElement> context) {
                var generic = GENERIC.matcher(type.getName());
                if (!generic.matches()) {
                    return TraversalControl.CONTINUE;
                }
                var row = generic.group(2);
                var name = row + generic.group(1);
                renames.put(type.getName(), name);
                var description = generic.group(1).equals("Connection")
                        ? "A page of " + row + " rows (Relay cursor connection) with keyset cursors."
                        : "One " + row + " row of a page, with the cursor to continue from it.";
                return changeNode(context, type.transform(b -> b.name(name).description(description)));
            }

            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                    TraverserContext<GraphQLSchemaElement> context) {
                var type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
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
        var codeRegistry = resolveToCurrentTypes(keepDataFetchers(transformed.getCodeRegistry(), schema, renames),
                transformed);
        return builder.query(transformed.getQueryType())
                .mutation(transformed.getMutationType())
                .subscription(transformed.getSubscriptionType())
                .clearAdditionalTypes()
                .additionalTypes(new HashSet<>(transformed.getAdditionalTypes()))
                .codeRegistry(codeRegistry);
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

    /** Registers the data fetchers of every renamed type again under its new name. */
    private static GraphQLCodeRegistry keepDataFetchers(GraphQLCodeRegistry registry, GraphQLSchema original,
            Map<String, String> renames) {
        return registry.transform(b -> renames.forEach((oldName, newName) -> {
            var type = original.getObjectType(oldName);
            for (var field : type.getFieldDefinitions()) {
                var fetcher = registry.getDataFetcher(FieldCoordinates.coordinates(oldName, field.getName()), field);
                b.dataFetcher(FieldCoordinates.coordinates(newName, field.getName()), fetcher);
            }
        }));
    }
}
