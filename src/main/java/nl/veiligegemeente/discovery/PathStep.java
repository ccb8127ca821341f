package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.NetworkNode;

/** One node of a path, with the relationship that led to it from the previous node. */
@Description("One node of a path, with the relationship that led to it from the previous step.")
public record PathStep(
        @NonNull @Description("What kind of node this step is.") SearchType type,
        @NonNull @Description("The node; select its fields with `... on Seminar { title }` and the like.") NetworkNode node,
        @Description("The relationship followed from the previous step; null for the first step.") PathRelation via,
        @Description("Which way that relationship points; null for the first step.") PathDirection direction) {
}
