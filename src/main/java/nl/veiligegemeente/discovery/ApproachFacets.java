package nl.veiligegemeente.discovery;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The counts a filter sidebar draws for a filtered list of approaches. */
@Description("Counts per value for a filtered list of approaches, to draw a filter sidebar. Each count equals the "
        + "totalCount of the list with that value added to the filter. Values are ordered by count, then label.")
public record ApproachFacets(
        @NonNull @Description("How many approaches pass the filter.") int totalCount,
        @NonNull @Description("Per theme (value: theme id).") List<@NonNull FacetCount> themes,
        @NonNull @Description("Per target group (value: target group id).") List<@NonNull FacetCount> targetGroups,
        @NonNull @Description("Per province of the running municipality.") List<@NonNull FacetCount> provinces,
        @NonNull @Description("Per kind (value: ApproachKind).") List<@NonNull FacetCount> kinds,
        @NonNull @Description("Per status (value: ApproachStatus).") List<@NonNull FacetCount> statuses,
        @NonNull @Description("Per evidence level (value: EvidenceLevel).") List<@NonNull FacetCount> evidenceLevels) {

    static ApproachFacets from(Map<String, Object> values) {
        return new ApproachFacets(((Number) values.get("totalCount")).intValue(), counts(values, "themes"),
                counts(values, "targetGroups"), counts(values, "provinces"), counts(values, "kinds"),
                counts(values, "statuses"), counts(values, "evidenceLevels"));
    }

    @SuppressWarnings("unchecked")
    private static List<FacetCount> counts(Map<String, Object> values, String facet) {
        return ((List<Map<String, Object>>) values.get(facet)).stream().map(FacetCount::from).toList();
    }
}
