package nl.veiligegemeente.api.prefetched;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

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
 * Plans a query whose root fields all read the graph (a node by key, a page of a type, or a
 * {@link PlannedRootField}): the one statement of each, rendered, and the
 * writer of its JSON, compiled. Throws {@link NotPrefetchable} for any other query, and the API's
 * validation errors for arguments it rejects.
 */
final class QueryPlanner {

    private final GraphModel model;
    private final RootReads roots;
    private final Map<String, PlannedRootField> plannedFields;
    private final SelectionCompiler compiler;

    QueryPlanner(GraphModel model, Collection<PlannedRootField> plannedFields) {
        this.model = model;
        this.roots = RootReads.of(model);
        this.plannedFields = plannedFields.stream().collect(Collectors.toUnmodifiableMap(PlannedRootField::name, f -> f));
        this.compiler = new SelectionCompiler(model);
    }

    QueryPlan plan(ExecutionContext context) {
        var schema = context.getGraphQLSchema();
        var plans = new ArrayList<QueryPlan.RootField>();
        for (var field : context.getNormalizedQueryTree().get().getTopLevelFields()) {
            if (field.getName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
                var queryType = schema.getQueryType().getName();
                plans.add(new QueryPlan.RootField(field.getResultKey(), null, false, (out, rows) -> out.writeString(queryType)));
            } else {
                plans.add(rootField(schema, field));
            }
        }
        return new QueryPlan(List.copyOf(plans));
    }

    private QueryPlan.RootField rootField(GraphQLSchema schema, ExecutableNormalizedField field) {
        var selection = selection(schema, field);
        var arguments = field.getResolvedArguments();
        var planned = plannedFields.get(field.getName());
        if (planned != null) {
            var plan = planned.planner().plan(arguments, selection);
            var value = compiler.value(field.getType(schema), selection, plan.page());
            JsonWriter<List<Value>> writer = (out, rows) -> {
                if (rows.isEmpty()) {
                    out.writeNull();
                } else {
                    value.write(out, rows.get(0));
                }
            };
            return new QueryPlan.RootField(field.getResultKey(), Graph.Rendered.of(plan.statement()), plan.reusable(),
                    writer);
        }
        var root = roots.read(field.getName())
                .orElseThrow(() -> new NotPrefetchable(field.getName() + " is not a graph read"));
        var type = root.type();
        if (root.lookup()) {
            var node = compiler.node(type, selection);
            var statement = ReadPlanner.one(model, type, arguments.get(type.key()), selection);
            JsonWriter<List<Value>> writer = (out, rows) -> {
                if (rows.isEmpty()) {
                    out.writeNull();
                } else {
                    node.write(out, rows.get(0));
                }
            };
            return new QueryPlan.RootField(field.getResultKey(), Graph.Rendered.of(statement), false, writer);
        }
        var connection = compiler.connection(type, selection, SelectionCompiler.typeName(field.getType(schema)));
        var page = PageArgs.of(arguments).resolve(ListArguments.ordering(type, arguments));
        var statement = ReadPlanner.page(model, type, page, ListArguments.filter(type, arguments), selection);
        JsonWriter<List<Value>> writer = (out, rows) -> connection.write(out, rows.get(0), page);
        return new QueryPlan.RootField(field.getResultKey(), Graph.Rendered.of(statement), false, writer);
    }

    /** The fields selected directly under the field, as graphql-java's data fetchers see them. */
    static List<SelectedField> selection(GraphQLSchema schema, ExecutableNormalizedField field) {
        return DataFetchingFieldSelectionSetImpl.newCollector(schema, field.getType(schema), () -> field)
                .getImmediateFields();
    }
}
