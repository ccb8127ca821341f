package nl.veiligegemeente.api;

import java.util.List;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import nl.veiligegemeente.graph.read.PageArgs;

/**
 * The cost model behind {@code vgn.graphql.max-complexity}: about how many values a query can
 * return. A field costs 1 plus what is selected beneath it, and a list field multiplies that by the
 * rows it can hold: its own {@code first}/{@code last} (or the number of {@code ids} it reads), else
 * that of the connection it belongs to (a connection's {@code edges} and {@code nodes}), else the
 * default page of 20. Introspection is answered from memory and costs 1 per field.
 */
final class QueryCost implements FieldComplexityCalculator {

    @Override
    public int calculate(FieldComplexityEnvironment field, int childComplexity) {
        var rows = isIntrospection(field) || !isList(field) ? 1 : rows(field);
        return (int) Math.min(Integer.MAX_VALUE, 1L + (long) rows * childComplexity);
    }

    private static boolean isIntrospection(FieldComplexityEnvironment field) {
        return field.getFieldDefinition().getName().startsWith("__") || field.getParentType().getName().startsWith("__");
    }

    private static boolean isList(FieldComplexityEnvironment field) {
        return GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
    }

    private static int rows(FieldComplexityEnvironment field) {
        var own = pageSize(field);
        if (own != null) {
            return own;
        }
        var parent = field.getParentEnvironment() == null ? null : pageSize(field.getParentEnvironment());
        return parent != null ? parent : PageArgs.DEFAULT_SIZE;
    }

    private static Integer pageSize(FieldComplexityEnvironment field) {
        for (var name : new String[] {"first", "last"}) {
            if (field.getArguments().get(name) instanceof Number size) {
                return Math.max(0, size.intValue());
            }
        }
        return field.getArguments().get("ids") instanceof List<?> ids ? ids.size() : null;
    }
}
