package nl.veiligegemeente.api;

import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeReference;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.graph.read.Row;

/**
 * Adds every relation of the model as a field of its node type's object type: a to-one relation as
 * a nullable field of the target type, a to-many relation as a non-null {@code Connection_<Target>}
 * (which {@link SchemaConventions} then names and gives its paging, filter and order arguments).
 * One data fetcher answers them all, from the values the root field's statement already read.
 */
final class RelationFields {

    private static final String CONNECTION = "Connection_";

    private RelationFields() {
    }

    /** Adds a field for every relation of the node type to its object type. */
    static void addFields(GraphQLObjectType.Builder builder, GraphQLObjectType object, NodeType type) {
        type.relations().values().forEach(relation -> builder.field(field(object, relation)));
    }

    /** Registers the data fetcher of every relation field of the model. */
    static void register(GraphQLCodeRegistry.Builder registry, GraphModel model) {
        model.types().values().forEach(type -> type.relations().values().forEach(relation -> registry.dataFetcher(
                FieldCoordinates.coordinates(type.label(), relation.field()),
                new Fetcher(relation, model.target(relation)))));
    }

    private static GraphQLFieldDefinition field(GraphQLObjectType object, Relation relation) {
        if (object.getFieldDefinition(relation.field()) != null) {
            throw new IllegalStateException(object.getName() + "." + relation.field()
                    + " is a relation of the model and a field of the record: declare it once");
        }
        GraphQLOutputType type = relation.many()
                ? GraphQLNonNull.nonNull(GraphQLTypeReference.typeRef(CONNECTION + relation.targetLabel()))
                : GraphQLTypeReference.typeRef(relation.targetLabel());
        return GraphQLFieldDefinition.newFieldDefinition()
                .name(relation.field())
                .description(relation.description())
                .type(type)
                .build();
    }

    /**
     * Answers a relation field of a node the read planner read: its page (under the field's paging
     * and order arguments) or its one node, taken from the node's related values by result key.
     */
    private record Fetcher(Relation relation, NodeType target) implements DataFetcher<Object> {

        @Override
        @SuppressWarnings("unchecked")
        public Object get(DataFetchingEnvironment field) {
            var related = ((GraphNode) field.getSource()).related();
            var resultKey = field.getField().getResultKey();
            if (!related.has(resultKey)) {
                throw new IllegalStateException("The read statement did not select '" + resultKey + "'");
            }
            var value = (Map<String, Object>) related.get(resultKey);
            var reader = RecordReader.of(target.record());
            if (relation.many()) {
                var arguments = field.getArguments();
                return Pages.connection(value,
                        PageArgs.of(arguments).resolve(ListArguments.ordering(target, arguments)), reader);
            }
            return value == null ? null : reader.apply(new Row(value));
        }
    }
}
