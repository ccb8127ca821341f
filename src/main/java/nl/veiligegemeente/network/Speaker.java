package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;
import nl.veiligegemeente.graph.read.Row;

/** A person who speaks at seminars, in a professional role. */
@Description("A person who speaks at seminars, in a professional role.")
public record Speaker(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the speaker.") String name,
        @Description("The speaker's professional role.") String role,
        @Ignore Related related) implements GraphNode, NetworkNode {

    /** The node a read statement returned. */
    public static Speaker from(Row row) {
        return new Speaker(row.string("id"), row.string("name"), row.string("role"),
                row.related());
    }
}
