package nl.veiligegemeente.network;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A session of a seminar: a talk, a practice example, a workshop. */
@Description("A session of a seminar: a talk, a practice example, a workshop.")
public record Session(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Title of the session.") String title,
        @Description("What the session covers.") @Name("abstract") String abstractText,
        @Description("When the session starts, when the programme gives a time.") OffsetDateTime startsAt,
        @Description("When the session ends, when the programme gives a time.") OffsetDateTime endsAt,
        @Description("The room the session takes place in, when the programme names one.") String room,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
