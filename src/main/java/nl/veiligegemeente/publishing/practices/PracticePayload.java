package nl.veiligegemeente.publishing.practices;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Practice;

/** The practice a mutation wrote. */
@Description("The practice a mutation wrote.")
public record PracticePayload(
        @NonNull @Id @Description("The practice's id (generated from the title when none was given).") String id,
        @Description("The practice as it is now, with whatever you select below it; null once retracted.") Practice practice) {
}
