package nl.veiligegemeente.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where a page sits in its list: whether there is more before or after it, and its boundary cursors. */
@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when rows follow this page; fetch them with `first` and `after: endCursor`.") boolean hasNextPage,
        @NonNull @Description("True when rows precede this page; fetch them with `last` and `before: startCursor`.") boolean hasPreviousPage,
        @Description("The cursor of the first row of this page, null when the page is empty.") String startCursor,
        @Description("The cursor of the last row of this page, null when the page is empty.") String endCursor) {
}
