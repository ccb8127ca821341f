package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A group of people an approach aims at, such as kinderen or kwetsbare bewoners. */
@Description("A group of people an approach aims at, such as kinderen or kwetsbare bewoners.")
public record TargetGroup(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the group.") String name,
        @Description("Who belongs to the group.") String description,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
