package nl.veiligegemeente.publishing.seminars;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Speaker;

/** The speaker an editor saved. */
@Description("The speaker an editor saved.")
public record SpeakerPayload(
        @NonNull @Id @Description("The speaker's id (generated when none was given).") String id,
        @Description("The speaker as it is now, with whatever you select below it.") Speaker speaker) {
}
