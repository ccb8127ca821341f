package nl.veiligegemeente.publishing.approaches;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Approach;

/** The approach a mutation wrote. */
@Description("The approach a mutation wrote.")
public record ApproachPayload(
        @NonNull @Id @Description("The approach's id (generated from the title when none was given).") String id,
        @Description("The approach as it is now, with whatever you select below it; null once retracted.") Approach approach) {
}
