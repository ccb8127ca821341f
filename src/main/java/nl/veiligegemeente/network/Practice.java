package nl.veiligegemeente.network;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A practice or lesson learned that a municipality shared with the network. */
@Description("A practice or lesson learned that a municipality shared with the network.")
public record Practice(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Title of the practice.") String title,
        @Description("What was shared.") String description,
        @Description("The lessons learned.") String lessons,
        @NonNull @Description("Version of this practice; every change adds one (optimistic concurrency).") Integer version,
        @Description("When the practice was first shared.") OffsetDateTime createdAt,
        @Description("When the practice last changed.") OffsetDateTime updatedAt,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
