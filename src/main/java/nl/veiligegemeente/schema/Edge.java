package nl.veiligegemeente.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One row of a page with its cursor. */
@Description("One row of a page, with the cursor to continue from it.")
public record Edge<T>(
        @NonNull @Description("Opaque position of this row; pass it as `after` or `before`.") String cursor,
        @NonNull @Description("The row itself.") T node) {
}
