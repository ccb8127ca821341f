package nl.veiligegemeente.operations;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Approaches of one municipality published through a service process, and what its graph and its
 * journal then hold of them, read through the API as a client reads them.
 */
final class Publications {

    static final String MUNICIPALITY = "GM0935";
    /** The bound on a publication loop's attempts. */
    static final int MAX_ATTEMPTS = 5_000;

    private static final Duration RELAY_WAIT = Duration.ofMinutes(2);
    private static final int MAX_PAGES = 200;
    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id approach { version } } }""";

    private Publications() {
    }

    /** Creates a publisher of {@link #MUNICIPALITY} as the admin, and returns its token. */
    static String createPublisher(ServiceProcess service, String name) {
        return service.graphql(ServiceProcess.ADMIN_TOKEN, """
                mutation($name: String!) {
                  createPublisher(input: {name: $name, role: PUBLISHER, municipalityCode: "%s"}) { token }
                }""".formatted(MUNICIPALITY), Map.of("name", name))
                .body("errors", nullValue()).extract().jsonPath().getString("data.createPublisher.token");
    }

    /** Publishes a new approach and asserts that it was acknowledged as version 1; returns the response body. */
    static JsonPath publish(ServiceProcess service, String token, String id, String title) {
        return service.graphql(token, PUBLISH, Map.of("input", approach(id, title)))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.version", equalTo(1))
                .extract().jsonPath();
    }

    /**
     * Publishes approach after approach ({@code prefix + n}) until a request cannot reach the service
     * any more (or {@link #MAX_ATTEMPTS} is reached); notes every publication answered with data and no
     * error. Returns the number of attempts.
     */
    static int publishUntilGone(ServiceProcess service, String token, String prefix, List<String> acknowledged) {
        for (var attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var id = prefix + attempt;
            try {
                var response = service.graphql(token, PUBLISH, Map.of("input", approach(id, "Fixture " + id))).extract();
                if (response.statusCode() == 200 && response.jsonPath().get("errors") == null
                        && id.equals(response.jsonPath().getString("data.publishApproach.id"))) {
                    acknowledged.add(id);
                }
            } catch (Exception gone) {
                // REST Assured rethrows the connection failure (refused, reset) undeclared.
                return attempt;
            }
        }
        return MAX_ATTEMPTS;
    }

    private static Map<String, Object> approach(String id, String title) {
        return Map.of("id", id, "municipalityCode", MUNICIPALITY, "title", title, "kind", "OTHER", "status", "PILOT",
                "themeIds", List.of("ondermijning"));
    }

    /** Waits until the outbox has no entry waiting (the journal check of /q/health/well says how many wait). */
    static void awaitEmptyOutbox(ServiceProcess service) {
        ServiceProcess.await("the outbox empty", RELAY_WAIT, () -> {
            var journal = service.request().get("/q/health/well").then().extract().jsonPath();
            return Integer.valueOf(0).equals(journal.get("checks.find { it.name == 'journal' }.data.waiting"))
                    && Integer.valueOf(0).equals(journal.get("checks.find { it.name == 'journal' }.data.setAside"));
        }, service::logTail);
    }

    /** The journal rows, read with {@code changes} as the admin, of the entities with the prefix: "id vN", one per row. */
    static List<String> journaled(ServiceProcess service, String prefix) {
        return journalRows(service, prefix, "entityId versionAfter").stream()
                .map(row -> row.get("entityId") + " v" + row.get("versionAfter"))
                .toList();
    }

    /** The journal rows of the entities with the prefix that created them: their entity ids, one per row. */
    static List<String> journaledCreations(ServiceProcess service, String prefix) {
        return journalRows(service, prefix, "entityId action").stream()
                .filter(row -> "CREATED".equals(row.get("action")))
                .map(row -> row.get("entityId").toString())
                .toList();
    }

    private static List<Map<String, Object>> journalRows(ServiceProcess service, String prefix, String selection) {
        return everyPage(service, "changes", "", selection).stream()
                .filter(row -> row.get("entityId").toString().startsWith(prefix))
                .toList();
    }

    /** The ids of the municipality's approaches with the prefix, as the API lists them to the admin. */
    static List<String> approachIds(ServiceProcess service, String prefix) {
        return everyPage(service, "approaches", "filter: {municipalities: {anyOf: [\"" + MUNICIPALITY + "\"]}},", "slug")
                .stream().map(row -> row.get("slug").toString()).filter(slug -> slug.startsWith(prefix)).toList();
    }

    /** Every node of a root connection as the admin reads it, page by page (at most MAX_PAGES pages of 100). */
    private static List<Map<String, Object>> everyPage(ServiceProcess service, String field, String arguments, String selection) {
        var query = "query($after: String) { %s(%s first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { %s } } }"
                .formatted(field, arguments, selection);
        var rows = new ArrayList<Map<String, Object>>();
        var variables = new HashMap<String, Object>();
        for (var page = 0; page < MAX_PAGES; page++) {
            var body = service.graphql(ServiceProcess.ADMIN_TOKEN, query, variables).body("errors", nullValue()).extract().jsonPath();
            rows.addAll(body.getList("data." + field + ".nodes"));
            if (!body.getBoolean("data." + field + ".pageInfo.hasNextPage")) {
                return rows;
            }
            variables.put("after", body.getString("data." + field + ".pageInfo.endCursor"));
        }
        throw new AssertionError(field + " has more than " + MAX_PAGES + " pages");
    }
}
