package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A theme of safety policy, such as ondermijning, jeugdoverlast or preventie. */
@Description("A theme of safety policy, such as ondermijning, jeugdoverlast or preventie.")
public record Theme(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the theme.") String name,
        @Description("What the theme covers.") String description,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
