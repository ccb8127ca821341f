package nl.veiligegemeente.discovery;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** How many rows of a filtered list have one value of a facet. */
@Description("How many rows of the filtered list have this value.")
public record FacetCount(
        @NonNull @Description("The value to filter on: an id, a code, an enum value or a province.") String value,
        @NonNull @Description("The value as a person reads it.") String label,
        @NonNull @Description("How many rows of the filtered list have it.") int count) {

    static FacetCount from(Map<String, Object> values) {
        return new FacetCount((String) values.get("value"), (String) values.get("label"),
                ((Number) values.get("count")).intValue());
    }
}
