package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.support.GraphQLTest;

/** Similar approaches: ranked by what they share, with the shared things as reasons, ties broken by title then id. */
@GraphQLTest
class SimilarityTest extends FixtureNetworkTest {

    private static final String SIMILAR = """
            query($id: ID!, $first: Int) { similarApproaches(id: $id, first: $first) {
              score
              approach { slug title municipality { code } }
              reasons { themes { slug name } targetGroups { slug } seminars { slug title } areaKinds }
            } }""";

    @Test
    void approachesSharingMoreComeFirstWithWhatTheyShare() {
        var similar = similar(DiscoveryFixtures.ANCHOR, 7);
        assertThat(similar.getList("approach.slug", String.class)).containsExactly(
                "fixture-aanpak-beekveld", "fixture-aanpak-costerhaven", "fixture-aanpak-duinwijk",
                "fixture-aanpak-eemstede", "fixture-aanpak-gelijk-a", "fixture-aanpak-gelijk-b",
                DiscoveryFixtures.numbered(1));
        assertThat(similar.getList("score", Integer.class)).containsExactly(14, 8, 6, 6, 3, 3, 3);

        assertThat(similar.getList("[0].reasons.themes.name", String.class))
                .containsExactly("Fixture straatintimidatie", "Fixture witwassen", "Fixture woonfraude");
        assertThat(similar.getList("[0].reasons.targetGroups.slug", String.class)).containsExactly("fixture-doelgroep-jongeren");
        assertThat(similar.getList("[0].reasons.seminars.title", String.class)).containsExactly("Fixture seminar Veilig Verder");
        assertThat(similar.getList("[0].reasons.areaKinds", String.class)).containsExactly("HOTSPOT");

        assertThat(similar.getList("[1].reasons.themes.slug", String.class))
                .containsExactly("fixture-thema-witwassen", "fixture-thema-woonfraude");
        assertThat(similar.getList("[1].reasons.areaKinds", String.class)).isEmpty();
        assertThat(similar.getList("[6].reasons.themes.slug", String.class)).containsExactly("fixture-thema-straatintimidatie");
    }

    @Test
    void neverTheSameMunicipalityNorRetractedNorUnrelatedApproaches() {
        var similar = similar(DiscoveryFixtures.ANCHOR, 100);
        var ids = similar.getList("approach.slug", String.class);
        assertThat(ids).hasSize(6 + DiscoveryFixtures.NUMBERED)
                .doesNotContain(DiscoveryFixtures.ANCHOR, "fixture-aanpak-aadorp-tweede",
                        "fixture-aanpak-fluitenberg-ingetrokken", "fixture-aanpak-fluitenberg-los");
        assertThat(similar.getList("approach.municipality.code", String.class)).doesNotContain("GM9911");
        assertThat(ids.subList(6, ids.size())).isSorted();
    }

    @Test
    void approachesNeverListedDoNotCutAShortListShort() {
        // The retracted Fluitenberg approach (11) and Aadorp's second one (9) outscore Costerhaven (8).
        var similar = similar(DiscoveryFixtures.ANCHOR, 2);
        assertThat(similar.getList("approach.slug", String.class))
                .containsExactly("fixture-aanpak-beekveld", "fixture-aanpak-costerhaven");
        assertThat(similar.getList("score", Integer.class)).containsExactly(14, 8);
    }

    @Test
    void theLastPlaceGoesToTheFirstOfItsTiesByTitleThenId() {
        // Both "Gelijk" approaches and the 40 numbered ones score 3; "Fixture aanpak Gelijk" sorts first, then by id.
        var similar = similar(DiscoveryFixtures.ANCHOR, 5);
        assertThat(similar.getList("approach.slug", String.class)).containsExactly("fixture-aanpak-beekveld",
                "fixture-aanpak-costerhaven", "fixture-aanpak-duinwijk", "fixture-aanpak-eemstede", "fixture-aanpak-gelijk-a");
        assertThat(similar.getList("score", Integer.class)).containsExactly(14, 8, 6, 6, 3);
    }

    @Test
    void theSeedApproachesResembleEachOther() {
        var amsterdam = similar("aanpak-criminele-families-maastricht", 100)
                .setRootPath("data.similarApproaches.find { it.approach.slug == 'locatiegerichte-aanpak-amsterdam-oost' }");
        assertThat(amsterdam.getList("reasons.themes.slug", String.class)).containsExactly("ondermijning", "preventie");
        assertThat(amsterdam.getList("reasons.seminars.slug", String.class)).containsExactly("seminar-de-veilige-gemeente-2021");
        assertThat(amsterdam.getInt("score")).isEqualTo(3 + 3 + 2);
    }

    @Test
    void anUnknownOrRetractedApproachHasNoSimilarOnes() {
        graphql(SIMILAR, Map.of("id", "bestaat-niet")).body("errors", nullValue()).body("data.similarApproaches", nullValue());
        graphql(SIMILAR, Map.of("id", "fixture-aanpak-fluitenberg-ingetrokken"))
                .body("errors", nullValue()).body("data.similarApproaches", nullValue());
    }

    @Test
    void theNumberAskedForIsCapped() {
        graphql(SIMILAR, Map.of("id", DiscoveryFixtures.ANCHOR, "first", 101))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("'first' must be between 0 and 100, was 101."));
        assertThat(similar(DiscoveryFixtures.ANCHOR, 0).getList("")).isEmpty();
    }

    private static JsonPath similar(String id, int first) {
        return graphql(SIMILAR, Map.of("id", id, "first", first))
                .body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.similarApproaches");
    }
}
