package nl.veiligegemeente.network;

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
        @Ignore Related related) implements GraphNode, NetworkNode {
}
