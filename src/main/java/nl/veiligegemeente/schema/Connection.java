package nl.veiligegemeente.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of a list, as a Relay cursor connection. */
@Description("One page of a list (Relay cursor connection), with keyset cursors.")
public record Connection<T>(
        @NonNull @Description("The rows of this page with their cursors.") List<@NonNull Edge<T>> edges,
        @NonNull @Description("The rows of this page, for clients that need no cursors.") List<@NonNull T> nodes,
        @NonNull @Description("Where this page sits in the list.") PageInfo pageInfo,
        @NonNull @Description("How many rows the whole list has, over all pages.") int totalCount) {
}
