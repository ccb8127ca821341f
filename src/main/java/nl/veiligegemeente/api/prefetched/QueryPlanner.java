package nl.veiligegemeente.api.prefetched;

import java.util.ArrayList;
import java.util.List;

import graphql.execution.ExecutionContext;
import graphql.introspection.Introspection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.ReadPlanner;

/**
 * Plans a query whose root fields all read the graph: the selection of each, checked against what
 * its rows will hold, and its one statement, rendered. Throws {@link NotPrefetchable} for any other
 * query, and the API's validation errors for arguments it rejects.
 */
final class QueryPlanner {

    private final GraphModel model;
    private final RootReads roots;
    private final RowWriter writer;

    QueryPlanner(GraphModel model, RowWriter writer) {
        this.model = model;
        this.roots = RootReads.of(model);
        this.writer = writer;
    }

    QueryPlan plan(ExecutionContext context) {
        var schema = context.getGraphQLSchema();
        var plans = new ArrayList<QueryPlan.RootField>();
        for (var field : context.getNormalizedQueryTree().get().getTopLevelFields()) {
            plans.add(field.getName().equals(Introspection.TypeNameMetaFieldDef.getName())
                    ? QueryPlan.RootField.typename(field.getResultKey(), schema.getQueryType().getName())
                    : rootField(schema, field));
        }
        return new QueryPlan(List.copyOf(plans));
    }

    private QueryPlan.RootField rootField(GraphQLSchema schema, ExecutableNormalizedField field) {
        var root = roots.read(field.getName())
                .orElseThrow(() -> new NotPrefetchable(field.getName() + " is not a graph read"));
        var type = root.type();
        var selection = selection(schema, field);
        var arguments = field.getResolvedArguments();
        if (root.lookup()) {
            require(writer.covers(type, selection), field);
            var statement = ReadPlanner.one(model, type, arguments.get(type.key()), selection);
            return new QueryPlan.RootField(field.getResultKey(), QueryPlan.RootField.Kind.LOOKUP, type, selection,
                    Graph.Rendered.of(statement), null, null);
        }
        require(writer.coversConnection(type, selection), field);
        var page = PageArgs.of(arguments).resolve(ListArguments.ordering(type, arguments));
        var statement = ReadPlanner.page(model, type, page, ListArguments.filter(type, arguments), selection);
        return new QueryPlan.RootField(field.getResultKey(), QueryPlan.RootField.Kind.PAGE, type, selection,
                Graph.Rendered.of(statement), page, RowWriter.typeName(field.getType(schema)));
    }

    private static void require(boolean covered, ExecutableNormalizedField field) {
        if (!covered) {
            throw new NotPrefetchable(field.getName() + " selects a field the rows do not hold");
        }
    }

    private static List<SelectedField> selection(GraphQLSchema schema, ExecutableNormalizedField field) {
        return DataFetchingFieldSelectionSetImpl.newCollector(schema, field.getType(schema), () -> field)
                .getImmediateFields();
    }
}
