package nl.veiligegemeente.opendata;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.neo4j.driver.Value;

/**
 * One approach as the open-data export publishes it: the public fields of the GraphQL type, its
 * municipality, and the ids of the themes, target groups and areas it is linked to. Dates are ISO 8601.
 */
@JsonPropertyOrder({ "id", "title", "summary", "results", "kind", "status", "startedOn", "evidenceLevel",
        "contactRole", "municipalityCode", "municipalityName", "province", "themes", "targetGroups", "areas",
        "version", "createdAt", "updatedAt" })
public record OpenApproach(String id, String title, String summary, String results, String kind, String status,
        String startedOn, String evidenceLevel, String contactRole, String municipalityCode, String municipalityName,
        String province, List<String> themes, List<String> targetGroups, List<String> areas, Integer version,
        String createdAt, String updatedAt) {

    /** The approach from a row of {@code opendata/approaches.cypher}. */
    static OpenApproach from(Value row) {
        return new OpenApproach(text(row, "id"), text(row, "title"), text(row, "summary"), text(row, "results"),
                text(row, "kind"), text(row, "status"), text(row, "startedOn"), text(row, "evidenceLevel"),
                text(row, "contactRole"), text(row, "municipalityCode"), text(row, "municipalityName"),
                text(row, "province"), row.get("themes").asList(Value::asString),
                row.get("targetGroups").asList(Value::asString), row.get("areas").asList(Value::asString),
                row.get("version").isNull() ? null : row.get("version").asInt(), text(row, "createdAt"),
                text(row, "updatedAt"));
    }

    /** Strings as they are, dates and times in their ISO 8601 form. */
    private static String text(Value row, String key) {
        var value = row.get(key);
        return value.isNull() ? null : value.asObject().toString();
    }
}
