package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Approach;

/** An approach of another municipality that resembles a given one, with how much and why. */
@Description("An approach of another municipality that resembles the given one, with how much and why.")
public record SimilarApproach(
        @NonNull @Description("The similar approach.") Approach approach,
        @NonNull @Description("How similar: the weighted sum of what both share (see `reasons`); higher is more similar.") int score,
        @NonNull @Description("What both approaches share.") SimilarityReasons reasons) {
}
