package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.support.GraphQLTest;

/** Recommendations: other municipalities' approaches on the themes a municipality works on, with the reasons. */
@GraphQLTest
class RecommendationsTest extends FixtureNetworkTest {

    private static final String RECOMMENDED = """
            query($code: ID!, $first: Int) { recommendedApproaches(municipality: $code, first: $first) {
              score
              approach { slug municipality { code } }
              reasons { themes { slug } newTargetGroups { slug name } }
            } }""";

    @Test
    void approachesOnTheMunicipalitysThemesComeFirstThenThoseReachingNewGroups() {
        var recommended = recommended("GM9911", 6);
        assertThat(recommended.getList("approach.slug", String.class)).containsExactly(
                "fixture-aanpak-beekveld", "fixture-aanpak-eemstede", "fixture-aanpak-costerhaven",
                "fixture-aanpak-duinwijk", DiscoveryFixtures.numbered(1), DiscoveryFixtures.numbered(2));
        assertThat(recommended.getList("score", Integer.class)).containsExactly(9, 7, 6, 6, 4, 4);
        assertThat(recommended.getList("[0].reasons.themes.slug", String.class)).containsExactly(
                "fixture-thema-straatintimidatie", "fixture-thema-witwassen", "fixture-thema-woonfraude");
        assertThat(recommended.getList("[0].reasons.newTargetGroups", Object.class)).isEmpty();
        assertThat(recommended.getList("[1].reasons.newTargetGroups.name", String.class)).containsExactly("Fixture verhuurders");
        assertThat(recommended.getList("[4].reasons.newTargetGroups.slug", String.class)).containsExactly("fixture-doelgroep-winkeliers");
    }

    @Test
    void neverItsOwnRetractedOrOffThemeApproaches() {
        var recommended = recommended("GM9911", 100);
        assertThat(recommended.getList("approach.municipality.code", String.class)).doesNotContain("GM9911");
        // Drugslabs is the theme only of Aadorp's retracted approach: it does not count as worked on.
        assertThat(recommended.getList("approach.slug", String.class))
                .hasSize(6 + DiscoveryFixtures.NUMBERED)
                .doesNotContain("fixture-aanpak-fluitenberg-los", "fixture-aanpak-fluitenberg-ingetrokken");
    }

    @Test
    void maastrichtIsRecommendedAmsterdamsApproach() {
        var amsterdam = recommended("GM0935", 100).setRootPath(
                "data.recommendedApproaches.find { it.approach.slug == 'locatiegerichte-aanpak-amsterdam-oost' }");
        assertThat(amsterdam.getList("reasons.themes.slug", String.class)).containsExactly("ondermijning", "preventie");
        assertThat(amsterdam.getList("reasons.newTargetGroups.slug", String.class)).containsExactly("bewoners", "ondernemers");
        assertThat(amsterdam.getInt("score")).isEqualTo(3 + 3 + 1 + 1);
    }

    @Test
    void anUnknownMunicipalityGetsNull() {
        graphql(RECOMMENDED, Map.of("code", "GM9999")).body("errors", nullValue())
                .body("data.recommendedApproaches", nullValue());
    }

    private static JsonPath recommended(String code, int first) {
        return graphql(RECOMMENDED, Map.of("code", code, "first", first))
                .body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.recommendedApproaches");
    }
}
