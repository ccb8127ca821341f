package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** An organisation taking part in the network: organisers, consultancies, partners. */
@Description("An organisation taking part in the network: organisers, consultancies, partners.")
public record Organisation(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the organisation.") String name,
        @NonNull @Description("What kind of organisation it is.") OrganisationKind kind,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
