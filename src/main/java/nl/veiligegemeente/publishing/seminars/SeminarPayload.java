package nl.veiligegemeente.publishing.seminars;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Seminar;

/** The seminar an editor saved. */
@Description("The seminar an editor saved.")
public record SeminarPayload(
        @NonNull @Id @Description("The seminar's id (generated when none was given).") String id,
        @Description("The seminar as it is now, with whatever you select below it.") Seminar seminar) {
}
