package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A district, neighbourhood or hotspot within a municipality. */
@Description("A district, neighbourhood or hotspot within a municipality.")
public record Area(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the area.") String name,
        @NonNull @Description("Whether this is a district, a neighbourhood or a hotspot.") AreaKind kind,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
