package nl.veiligegemeente.api.prefetched;

import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Statement;

import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.RecentReads;
import nl.veiligegemeente.graph.read.PageRequest;

/**
 * A root query field that plans its one read statement itself (search, facets and the like): the
 * prefetching strategy runs that statement and writes its single value as the client selected it,
 * field by field of the result's GraphQL type, without graphql-java's per-field execution. The value
 * holds each selected field under its name; nodes of the model as the read planner projects them;
 * a union member as {@code {type: label, fields: projection}}; a connection as the read planner's page.
 * A statement that returns no row answers null.
 *
 * @param name    the name of the root query field
 * @param planner how it plans its statement
 */
public record PlannedRootField(String name, Planner planner) {

    /** How a field plans its statement. */
    @FunctionalInterface
    public interface Planner {

        /**
         * The statement answering the field with these arguments (as graphql-java resolved them) and this
         * selection. Throws the API's validation errors for arguments it rejects, and {@link NotPrefetchable}
         * for a selection its statement cannot answer (graphql-java then executes the query field by field).
         */
        Planned plan(Map<String, Object> arguments, List<SelectedField> selection);
    }

    /**
     * A planned statement.
     *
     * @param page     for a connection, the page it reads (null for any other value)
     * @param reusable whether a result read a while ago may answer it (see {@link RecentReads})
     */
    public record Planned(Statement statement, PageRequest page, boolean reusable) {
    }
}
