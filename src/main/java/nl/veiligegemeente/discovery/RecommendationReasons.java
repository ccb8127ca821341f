package nl.veiligegemeente.discovery;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.TargetGroup;
import nl.veiligegemeente.network.Theme;

/** Why an approach is recommended to a municipality, as data. */
@Description("Why an approach is recommended to a municipality. Each theme adds 3 to the score, each new target group 1.")
public record RecommendationReasons(
        @NonNull @Description("Themes the municipality works on (through its own approaches) that this approach addresses.") List<@NonNull Theme> themes,
        @NonNull @Description("Target groups this approach aims at that none of the municipality's approaches aims at yet.") List<@NonNull TargetGroup> newTargetGroups) {
}
