package nl.veiligegemeente.publishing.seminars;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Session;

/** The session an editor saved. */
@Description("The session an editor saved.")
public record SessionPayload(
        @NonNull @Id @Description("The session's id (generated when none was given).") String id,
        @Description("The session as it is now, with whatever you select below it.") Session session) {
}
