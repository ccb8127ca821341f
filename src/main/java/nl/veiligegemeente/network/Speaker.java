package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A person who speaks at seminars, in a professional role. */
@Description("A person who speaks at seminars, in a professional role.")
public record Speaker(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the speaker.") String name,
        @Description("The speaker's professional role.") String role,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
