package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Approach;

/** An approach of another municipality recommended to a municipality, with how strongly and why. */
@Description("An approach of another municipality recommended to a municipality, with how strongly and why.")
public record RecommendedApproach(
        @NonNull @Description("The recommended approach.") Approach approach,
        @NonNull @Description("How strongly: the weighted sum of the reasons (see `reasons`); higher is stronger.") int score,
        @NonNull @Description("Why it is recommended.") RecommendationReasons reasons) {
}
