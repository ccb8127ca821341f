package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** Any node of the network a discovery field can return: search hits and the steps of a path. */
@Union
@Description("Any node of the network: what a search hit or a step of a path is. Ask for its fields with `... on Approach { title }`.")
public interface NetworkNode {
}
