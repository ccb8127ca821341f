package nl.veiligegemeente.publishing;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Bad input is refused with a message a person understands and leaves nothing behind; ids are
 * made from titles, collisions get a suffix, and the same input twice leaves one node.
 */
@GraphQLTest
class ValidationAndIdsTest {

    static final String PUBLISH = """
            mutation($input: PublishApproachInput!) {
              publishApproach(input: $input) { id approach { title version areas { nodes { slug } } } }
            }""";

    /** The fictitious municipality this test publishes to, and another one with an area of its own. */
    static final String OWN = "GM9952";
    static final String OTHER = "GM9953";
    static final String OTHER_AREA = "fixture-wijk-validatie";

    @Inject
    Graph graph;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void twoMunicipalitiesOfItsOwn() {
        fixtures.municipality(OWN, "Fixture Validatiedorp");
        fixtures.municipality(OTHER, "Fixture Anderstad");
        fixtures.write("""
                MATCH (m:Municipality {code: $other})
                MERGE (a:Area {id: $area}) SET a.name = 'Fixture validatiewijk', a.kind = 'NEIGHBOURHOOD'
                MERGE (a)-[:PART_OF]->(m)""", Map.of("other", OTHER, "area", OTHER_AREA));
    }

    @Test
    void everyBrokenRuleOfAnInputIsNamedInOneValidationError() {
        var input = approach("Fixture ongeldig");
        input.put("title", " ");
        input.put("municipalityCode", "0935");
        input.put("contactRole", "bel 043-1234567");
        input.put("themeIds", List.of("Ondermijning!"));
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'title' must not be blank"))
                .body("errors[0].message", containsString("'municipalityCode' must be a CBS municipality code"))
                .body("errors[0].message", containsString("'contactRole' must name a role"))
                .body("errors[0].message", containsString("'themeIds[0]' must be an id"))
                .body("data", nullValue());
    }

    @Test
    void aFutureStartFitsOnlyAPlannedApproach() {
        var input = approach("Fixture toekomst");
        input.put("startedOn", "2999-01-01");
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("only a PLANNED approach starts in the future"));
        input.put("status", "PLANNED");
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input)).body("errors", nullValue());
    }

    @Test
    void anAreaOfAnotherMunicipalityIsRefusedAndNothingIsWritten() {
        var input = approach("Fixture verkeerd gebied");
        input.put("areaIds", List.of(OTHER_AREA));
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'" + OTHER_AREA + "' belongs to " + OTHER + ", not to " + OWN));
        graphql("{ approach(id: \"fixture-verkeerd-gebied\") { id } }").body("data.approach", nullValue());
        input.put("municipalityCode", OTHER);
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.areas.nodes.slug", equalTo(List.of(OTHER_AREA)));
    }

    @Test
    void aSeminarNeedsAWebAddressThatIsOne() {
        graphqlAs(Publishing.ADMIN, """
                mutation { saveSeminar(input: {title: "Fixture seminar", date: "2027-06-09", url: "www.example"}) { id } }""",
                Map.of())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'url' must be a web address"));
    }

    @Test
    void changingSomethingThatIsNotThereIsNotFound() {
        graphqlAs(Publishing.ADMIN, "mutation { updateApproach(id: \"bestaat-niet\", expectedVersion: 1, input: {status: ENDED}) { id } }",
                Map.of())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("There is no approach 'bestaat-niet'."));
        graphqlAs(Publishing.ADMIN, "mutation { linkApproach(id: \"aanpak-criminele-families-maastricht\", links: {targetGroupIds: [\"niemand\"]}) { id } }",
                Map.of())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("There is no target group 'niemand'"));
    }

    @Test
    void theSameInputTwiceLeavesOneApproachAndACollidingTitleGetsASuffix() {
        var input = approach("Fixture: één aanpak");
        var first = graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input)).body("errors", nullValue())
                .extract().jsonPath();
        var again = graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input)).body("errors", nullValue())
                .extract().jsonPath();
        assertThat(first.getString("data.publishApproach.id")).isEqualTo("fixture-een-aanpak");
        assertThat(again.getString("data.publishApproach.id")).isEqualTo("fixture-een-aanpak");
        assertThat(again.getInt("data.publishApproach.approach.version")).isEqualTo(1);

        var otherMunicipality = approach("Fixture: één aanpak");
        otherMunicipality.put("municipalityCode", OTHER);
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", otherMunicipality))
                .body("errors", nullValue())
                .body("data.publishApproach.id", equalTo("fixture-een-aanpak-2"));
        graphql("{ municipality(code: \"" + OWN + "\") { approaches(first: 100) { nodes { slug } } } }")
                .body("data.municipality.approaches.nodes.slug", hasItem("fixture-een-aanpak"))
                .body("data.municipality.approaches.nodes.slug", not(hasItem("fixture-een-aanpak-2")));
    }

    @Test
    void aRetractedApproachIsHiddenAndCanBePublishedAgain() {
        var input = approach("Fixture teruggetrokken");
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input)).body("errors", nullValue());
        graphqlAs(Publishing.ADMIN, "mutation { retractApproach(id: \"fixture-teruggetrokken\") { id } }", Map.of())
                .body("errors", nullValue());
        graphql("{ approach(id: \"fixture-teruggetrokken\") { id } municipality(code: \"" + OWN
                + "\") { approaches(first: 100) { nodes { slug } } } }")
                .body("data.approach", nullValue())
                .body("data.municipality.approaches.nodes.slug", not(hasItem("fixture-teruggetrokken")));
        graphqlAs(Publishing.ADMIN, "mutation { updateApproach(id: \"fixture-teruggetrokken\", expectedVersion: 2, input: {status: ENDED}) { id } }",
                Map.of())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("was retracted"));
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.version", equalTo(3));
    }

    @Test
    void aMutationCostsTheSameFewStatementsHoweverManyLinksItSets() {
        var few = statementsToPublish("Fixture weinig koppelingen", List.of("preventie"));
        var many = statementsToPublish("Fixture veel koppelingen",
                List.of("preventie", "ondermijning", "veiligheid", "leefbaarheid", "weerbaarheid", "jeugdoverlast"));
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(5);
    }

    private long statementsToPublish(String title, List<String> themes) {
        var input = approach(title);
        input.put("themeIds", themes);
        var before = graph.statementsSent();
        graphqlAs(Publishing.ADMIN, """
                mutation($input: PublishApproachInput!) {
                  publishApproach(input: $input) { approach { themes { nodes { id approaches { totalCount } } } } }
                }""", Map.of("input", input)).body("errors", nullValue());
        // Reading the journal (PostgreSQL only) waits for the copier, whose outbox clean-up is counted too.
        graphqlAs(Publishing.ADMIN, "{ changes(first: 1) { totalCount } }", Map.of()).body("errors", nullValue());
        return graph.statementsSent() - before;
    }

    private static Map<String, Object> approach(String title) {
        return new HashMap<>(Map.of("municipalityCode", OWN, "title", title, "kind", "OTHER", "status", "ACTIVE"));
    }
}
