package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A Dutch municipality (gemeente), identified by its CBS code. */
@Description("A Dutch municipality (gemeente), identified by its CBS code.")
public record Municipality(
        @NonNull @Id @Description("CBS municipality code, such as GM0935 for Maastricht.") String code,
        @NonNull @Description("Name of the municipality.") String name,
        @Description("Province the municipality lies in.") String province,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
