package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.NetworkNode;

/** One result of a full-text search: the node found, how well it matches and where. */
@Description("One result of a full-text search: the node found, how well it matches and the text around the match.")
public record SearchHit(
        @NonNull @Description("Relevance (Lucene BM25): higher is better; comparable only within one search.") double score,
        @NonNull @Description("What kind of node was found.") SearchType type,
        @Description("The text around the first word that matched, cut between words (… marks a cut).") String snippet,
        @Description("The property the snippet comes from: title, name, summary, abstract, description, results or lessons.") String snippetField,
        @NonNull @Description("The node found; select its fields with `... on Approach { title }` and the like.") NetworkNode item) {
}
