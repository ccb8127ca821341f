package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.veiligegemeente.support.GraphQLTest;

/** The path between two municipalities: shortest, explainable, bounded. */
@GraphQLTest
class ConnectionsTest extends FixtureNetworkTest {

    private static final String CONNECTION = """
            query($from: ID!, $to: ID!) { connection(from: $from, to: $to) {
              length
              steps { type via direction node {
                __typename
                ... on Municipality { code name }
                ... on Practice { slug title }
                ... on Seminar { slug title organisers { nodes { name } } }
                ... on Approach { slug }
                ... on Theme { slug }
                ... on Session { slug }
              } }
            } }""";

    @Test
    void maastrichtAndAmsterdamMeetAtTheSeminar() {
        var path = graphql(CONNECTION, Map.of("from", "GM0935", "to", "GM0363"))
                .body("errors", nullValue())
                .body("data.connection.length", equalTo(4))
                .extract().jsonPath();
        List<String> types = path.getList("data.connection.steps.type");
        assertThat(types).containsExactly("MUNICIPALITY", "PRACTICE", "SEMINAR", "PRACTICE", "MUNICIPALITY");
        assertThat(path.getString("data.connection.steps[2].node.title")).isEqualTo("De Veilige Gemeente");
        assertThat(path.getList("data.connection.steps[2].node.organisers.nodes.name", String.class))
                .containsExactly("Haags Congres Bureau");
        assertThat(path.getList("data.connection.steps.via", String.class))
                .containsExactly(null, "SHARED_BY", "SHARED_AT", "SHARED_AT", "SHARED_BY");
        assertThat(path.getList("data.connection.steps.direction", String.class))
                .containsExactly(null, "BACKWARD", "FORWARD", "BACKWARD", "FORWARD");
        assertThat(path.getString("data.connection.steps[0].node.name")).isEqualTo("Maastricht");
        assertThat(path.getString("data.connection.steps[4].node.name")).isEqualTo("Amsterdam");
    }

    @Test
    void aSessionThatCoveredBothBeatsASharedTheme() {
        var path = graphql(CONNECTION, Map.of("from", "GM9911", "to", "GM9912"))
                .body("errors", nullValue())
                .body("data.connection.length", equalTo(4))
                .extract().jsonPath();
        assertThat(path.getList("data.connection.steps.type", String.class))
                .containsExactly("MUNICIPALITY", "APPROACH", "SESSION", "APPROACH", "MUNICIPALITY");
        assertThat(path.getList("data.connection.steps.node.slug", String.class)).containsExactly(
                null, DiscoveryFixtures.ANCHOR, "fixture-sessie-woonfraude", "fixture-aanpak-beekveld", null);
        assertThat(path.getList("data.connection.steps.via", String.class)).containsExactly(null, "RUNS", "COVERS", "COVERS", "RUNS");
    }

    @Test
    void aShorterPathThroughARetractedApproachDoesNotHideALongerOne() {
        var path = graphql(CONNECTION, Map.of("from", "GM9911", "to", "GM9920"))
                .body("errors", nullValue())
                .body("data.connection.length", equalTo(5))
                .extract().jsonPath();
        assertThat(path.getList("data.connection.steps.type", String.class))
                .containsExactly("MUNICIPALITY", "APPROACH", "SESSION", "SEMINAR", "PRACTICE", "MUNICIPALITY");
        assertThat(path.getList("data.connection.steps.node.slug", String.class))
                .doesNotContain("fixture-aanpak-ijsselmonde-ingetrokken");
    }

    /** Beyond the bound (GM9917–GM9918 are 7 relationships apart), or a municipality unknown. */
    @ParameterizedTest
    @CsvSource({"GM9917, GM9918", "GM0935, GM9999"})
    void noConnection(String from, String to) {
        graphql(CONNECTION, Map.of("from", from, "to", to))
                .body("errors", nullValue())
                .body("data.connection", nullValue());
    }

    @Test
    void aMunicipalityIsNotConnectedToItself() {
        graphql(CONNECTION, Map.of("from", "GM0935", "to", "GM0935"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("two different municipalities"));
    }
}
