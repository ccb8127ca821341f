package nl.veiligegemeente.discovery;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.AreaKind;
import nl.veiligegemeente.network.Seminar;
import nl.veiligegemeente.network.TargetGroup;
import nl.veiligegemeente.network.Theme;

/** What two approaches share, as data: the reasons one is listed as similar to the other. */
@Description("What two approaches share: the reasons one is listed as similar to the other. Each shared theme adds 3 to"
        + " the score, each shared target group 2, each seminar where both were presented 2, each shared kind of area 1.")
public record SimilarityReasons(
        @NonNull @Description("Themes both approaches address.") List<@NonNull Theme> themes,
        @NonNull @Description("Target groups both approaches aim at.") List<@NonNull TargetGroup> targetGroups,
        @NonNull @Description("Seminars where sessions covered both approaches.") List<@NonNull Seminar> seminars,
        @NonNull @Description("Kinds of area both approaches target (a district, neighbourhood or hotspot).") List<@NonNull AreaKind> areaKinds) {
}
