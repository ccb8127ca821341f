package nl.veiligegemeente.publishing;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/** A municipality publishes, updates and retracts its own approach through the API. */
@GraphQLTest
class PublishApproachTest {

    /** The fictitious municipality this test publishes to. */
    static final String OWN = "GM9951";

    static final String PUBLISH = """
            mutation($input: PublishApproachInput!) {
              publishApproach(input: $input) {
                id
                approach { id title version status kind evidenceLevel municipality { code }
                           themes { nodes { slug } } targetGroups { nodes { slug } } }
              }
            }""";
    static final String UPDATE = """
            mutation($id: ID!, $version: Int!, $input: UpdateApproachInput!) {
              updateApproach(id: $id, expectedVersion: $version, input: $input) { approach { title status version } }
            }""";

    @Inject
    Fixtures fixtures;

    private String publisher;

    @BeforeEach
    void aPublisherForItsOwnMunicipality() {
        fixtures.municipality(OWN, "Fixture Maasoever");
        publisher = Publishing.account("Gemeente Fixture Maasoever (test)", "PUBLISHER", OWN);
    }

    @Test
    void aPublisherPublishesAnApproachAndGetsItBackWithItsRelations() {
        graphqlAs(publisher, PUBLISH, Map.of("input", Map.of(
                "municipalityCode", OWN,
                "title", "Fixture: ondermijning in het Mariaberg",
                "kind", "LOCATION_ORIENTED", "status", "PILOT",
                "themeIds", java.util.List.of("ondermijning", "preventie"),
                "targetGroupIds", java.util.List.of("kinderen"))))
                .body("errors", nullValue())
                .body("data.publishApproach.id", equalTo("fixture-ondermijning-in-het-mariaberg"))
                .body("data.publishApproach.approach.version", equalTo(1))
                .body("data.publishApproach.approach.evidenceLevel", equalTo("NOT_ASSESSED"))
                .body("data.publishApproach.approach.municipality.code", equalTo(OWN))
                .body("data.publishApproach.approach.themes.nodes.slug", containsInAnyOrder("ondermijning", "preventie"))
                .body("data.publishApproach.approach.targetGroups.nodes.slug", contains("kinderen"));
        graphql("{ municipality(code: \"" + OWN + "\") { approaches { nodes { slug } } } }")
                .body("data.municipality.approaches.nodes.slug", org.hamcrest.Matchers.hasItem("fixture-ondermijning-in-het-mariaberg"));
    }

    @Test
    void aStaleUpdateIsAVersionConflictAndChangesNothing() {
        var id = graphqlAs(publisher, PUBLISH, Map.of("input", Map.of("id", "fixture-versies", "municipalityCode", OWN,
                "title", "Fixture versies", "kind", "OTHER", "status", "ACTIVE")))
                .body("errors", nullValue()).extract().jsonPath().getString("data.publishApproach.id");
        graphqlAs(publisher, UPDATE, Map.of("id", id, "version", 1, "input", Map.of("title", "Fixture versies, tweede")))
                .body("errors", nullValue())
                .body("data.updateApproach.approach.version", equalTo(2))
                .body("data.updateApproach.approach.title", equalTo("Fixture versies, tweede"));
        graphqlAs(publisher, UPDATE, Map.of("id", id, "version", 1, "input", Map.of("title", "Verouderd")))
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"))
                .body("errors[0].message", containsString("version 1"))
                .body("data", nullValue());
        graphql("{ approach(id: \"fixture-versies\") { title version } }")
                .body("data.approach.title", equalTo("Fixture versies, tweede"))
                .body("data.approach.version", equalTo(2));
    }

    @Test
    void anotherMunicipalitysApproachIsForbidden() {
        graphqlAs(publisher, UPDATE, Map.of("id", "locatiegerichte-aanpak-amsterdam-oost", "version", 1,
                "input", Map.of("title", "Overgenomen")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("GM0363"));
    }

    @Test
    void anonymousWritesAreUnauthenticated() {
        graphql(PUBLISH, Map.of("input", Map.of("municipalityCode", OWN, "title", "Anoniem", "kind", "OTHER",
                "status", "ACTIVE")))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data", nullValue());
    }
}
