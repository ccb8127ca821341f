package nl.veiligegemeente.publishing.seminars;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Organisation;

/** The organisation an editor saved. */
@Description("The organisation an editor saved.")
public record OrganisationPayload(
        @NonNull @Id @Description("The organisation's id (generated when none was given).") String id,
        @Description("The organisation as it is now, with whatever you select below it.") Organisation organisation) {
}
