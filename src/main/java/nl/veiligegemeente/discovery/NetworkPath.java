package nl.veiligegemeente.discovery;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** How two municipalities are linked: the steps from one to the other. */
@Description("How two municipalities are linked through the network: the steps from one to the other.")
public record NetworkPath(
        @NonNull @Description("How many relationships the path follows.") int length,
        @NonNull @Description("The nodes from the first municipality to the second, each with the relationship that led to it.") List<@NonNull PathStep> steps) {
}
