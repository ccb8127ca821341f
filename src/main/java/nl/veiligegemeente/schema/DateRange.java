package nl.veiligegemeente.schema;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A range of days, both ends included; either end may be left open. */
@Input("DateRange")
@Description("A range of days, both ends included; leave an end out to leave it open.")
public record DateRange(
        @Description("The first day in the range.") LocalDate from,
        @Description("The last day in the range.") LocalDate to) {
}
