package nl.veiligegemeente.opendata;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/** The open-data export: public approaches as CSV and JSON Lines, versioned with ETags, described in DCAT. */
@GraphQLTest
class OpenDataTest {

    private static final String OWN = "GM9821";
    private static final String PUBLISHED = "fixture-opendata-gepubliceerd";
    private static final String RETRACTED = "fixture-opendata-teruggetrokken";
    private static final String SUMMARY = "Preventie, \"samen\" met scholen;\nen buurten | wijken";
    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id } }""";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void twoApproachesOneRetracted() {
        withoutItsData();
        fixtures.municipality(OWN, "Fixture Opendorp");
        publish(PUBLISHED, "Fixture open aanpak");
        publish(RETRACTED, "Fixture teruggetrokken aanpak");
        graphqlAs(Publishing.ADMIN, "mutation { retractApproach(id: \"%s\") { id } }".formatted(RETRACTED), Map.of())
                .body("errors", nullValue());
    }

    @AfterEach
    void withoutItsData() {
        fixtures.write("MATCH (a:Approach) WHERE a.id IN $ids DETACH DELETE a", Map.of("ids", List.of(PUBLISHED, RETRACTED)));
        fixtures.write("MATCH (m:Municipality {code: $code}) DETACH DELETE m", Map.of("code", OWN));
    }

    @Test
    void theCsvHoldsThePublicFieldsOfPublishedApproachesOnly() throws IOException {
        var response = given().accept("text/csv").get("/open-data/approaches").then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Vary", "Accept")
                .extract();
        var rows = csv(response.asString());
        var header = response.asString().lines().findFirst().orElseThrow();
        assertThat(header).isEqualTo("id,title,summary,results,kind,status,startedOn,evidenceLevel,contactRole,"
                + "municipalityCode,municipalityName,province,themes,targetGroups,areas,version,createdAt,updatedAt");
        var ids = rows.stream().map(row -> row.get("id")).toList();
        assertThat(ids).contains(PUBLISHED, "aanpak-criminele-families-maastricht").doesNotContain(RETRACTED);
        assertThat(ids).isSorted();
        var row = rows.stream().filter(r -> r.get("id").equals(PUBLISHED)).findFirst().orElseThrow();
        assertThat(row).containsEntry("summary", SUMMARY)
                .containsEntry("municipalityCode", OWN)
                .containsEntry("municipalityName", "Fixture Opendorp")
                .containsEntry("themes", "ondermijning|preventie")
                .containsEntry("targetGroups", "kinderen")
                .containsEntry("kind", "OTHER")
                .containsEntry("startedOn", "2024-09-01")
                .containsEntry("version", "1");
    }

    @Test
    void jsonLinesComeByExtensionOrAcceptAndCsvIsTheDefault() throws IOException {
        var byExtension = given().get("/open-data/approaches.jsonl").then()
                .statusCode(200).contentType(startsWith("application/jsonl")).extract().asString();
        var byAccept = given().accept("application/jsonl").get("/open-data/approaches").then()
                .statusCode(200).extract().asString();
        assertThat(byAccept).isEqualTo(byExtension);
        var mapper = new ObjectMapper();
        var lines = byExtension.lines().toList();
        var published = lines.stream().map(line -> read(mapper, line))
                .filter(object -> PUBLISHED.equals(object.get("id"))).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0)).containsEntry("themes", List.of("ondermijning", "preventie"))
                .containsEntry("summary", SUMMARY)
                .containsEntry("version", 1)
                .doesNotContainKey("retractedAt");
        assertThat(byExtension).doesNotContain(RETRACTED);

        given().get("/open-data/approaches").then().statusCode(200).contentType(startsWith("text/csv"));
        given().get("/open-data/approaches.csv").then().statusCode(200).contentType(startsWith("text/csv"));
        given().accept("application/xml").get("/open-data/approaches").then()
                .statusCode(406).contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anUnchangedExportIsNotSentAgainAndAChangeGivesANewETag() throws IOException {
        var first = given().get("/open-data/approaches.csv").then().statusCode(200).extract();
        var etag = first.header("ETag");
        var lastModified = first.header("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        given().header("If-None-Match", etag).get("/open-data/approaches.csv").then()
                .statusCode(304).body(emptyString());
        given().header("If-Modified-Since", lastModified).get("/open-data/approaches.csv").then().statusCode(304);
        assertThat(given().get("/open-data/approaches.jsonl").then().extract().header("ETag")).isNotEqualTo(etag);

        graphqlAs(Publishing.ADMIN, """
                mutation { updateApproach(id: "%s", expectedVersion: 1, input: {status: ENDED}) { id } }""".formatted(PUBLISHED),
                Map.of()).body("errors", nullValue());
        var changed = given().header("If-None-Match", etag).get("/open-data/approaches.csv").then().statusCode(200).extract();
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(csv(changed.asString())).filteredOn(row -> row.get("id").equals(PUBLISHED))
                .extracting(row -> row.get("status")).containsExactly("ENDED");
    }

    @Test
    void theCatalogDescribesTheDatasetAndWhereToDownloadIt() {
        var catalog = given().get("/open-data/catalog.jsonld").then()
                .statusCode(200).contentType(startsWith("application/ld+json")).extract().jsonPath();
        assertThat(catalog.getString("'@type'")).isEqualTo("dcat:Catalog");
        assertThat(catalog.getString("'@context'.dcat")).isEqualTo("http://www.w3.org/ns/dcat#");
        var dataset = new JsonPath(catalog.prettify()).setRootPath("'dcat:dataset'[0]");
        assertThat(dataset.getString("'@type'")).isEqualTo("dcat:Dataset");
        assertThat(dataset.getString("'dct:license'.'@id'")).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(dataset.getString("'dct:modified'.'@value'")).isNotBlank();
        List<String> downloads = dataset.getList("'dcat:distribution'.'dcat:downloadURL'.'@id'");
        assertThat(downloads).hasSize(2).allSatisfy(url -> assertThat(url).startsWith("http"));
        assertThat(downloads.get(0)).endsWith("/open-data/approaches.csv");
        assertThat(downloads.get(1)).endsWith("/open-data/approaches.jsonl");
        assertThat(dataset.getList("'dcat:distribution'.'dcat:mediaType'.'@id'", String.class))
                .containsExactly("http://www.iana.org/assignments/media-types/text/csv",
                        "http://www.iana.org/assignments/media-types/application/jsonl");
    }

    private static void publish(String id, String title) {
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", Map.of("id", id, "municipalityCode", OWN, "title", title,
                "summary", SUMMARY, "kind", "OTHER", "status", "ACTIVE", "startedOn", "2024-09-01",
                "themeIds", List.of("preventie", "ondermijning"), "targetGroupIds", List.of("kinderen"))))
                .body("errors", nullValue());
    }

    private static List<Map<String, String>> csv(String text) throws IOException {
        try (var rows = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(text)) {
            return rows.readAll();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(ObjectMapper mapper, String line) {
        try {
            return mapper.readValue(line, Map.class);
        } catch (IOException e) {
            throw new AssertionError("Not a JSON object: " + line, e);
        }
    }
}
