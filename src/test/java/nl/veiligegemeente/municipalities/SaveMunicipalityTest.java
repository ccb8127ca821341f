package nl.veiligegemeente.municipalities;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/** saveMunicipality: admins add municipalities and record a herindeling; the old code stays and leads to its successor. */
@GraphQLTest
class SaveMunicipalityTest {

    private static final String SAVE = """
            mutation($input: SaveMunicipalityInput!) {
              saveMunicipality(input: $input) { code municipality { code name province mergedInto { code } } }
            }""";
    private static final List<String> OWN_CODES = List.of("GM9811", "GM9812", "GM9813", "GM9814");
    private static final String APPROACH = "fixture-herindeling-oud";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    @AfterEach
    void withoutItsMunicipalities() {
        fixtures.write("MATCH (a:Approach {id: $id}) DETACH DELETE a", Map.of("id", APPROACH));
        fixtures.write("MATCH (m:Municipality) WHERE m.code IN $codes DETACH DELETE m", Map.of("codes", OWN_CODES));
    }

    @Test
    void anAdminAddsAMunicipalityAndSavingItAgainChangesNothing() {
        var since = OffsetDateTime.now().toString();
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", null)
                .body("errors", nullValue())
                .body("data.saveMunicipality.municipality.name", equalTo("Fixture Oudendorp"))
                .body("data.saveMunicipality.municipality.province", equalTo("Fixtureprovincie Noord"))
                .body("extensions.consistencyToken", not(emptyOrNullString()));
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", null)
                .body("errors", nullValue())
                .body("data.saveMunicipality.code", equalTo("GM9811"));
        graphqlAs(Publishing.ADMIN, "query($since: DateTime) { changes(since: $since, first: 100) { nodes { entityId } } }",
                Map.of("since", since))
                .body("data.changes.nodes.findAll { it.entityId == 'GM9811' }.size()", equalTo(1));
        graphql("{ municipality(code: \"GM9811\") { name mergedInto { code } predecessors { totalCount } } }")
                .body("data.municipality.name", equalTo("Fixture Oudendorp"))
                .body("data.municipality.mergedInto", nullValue())
                .body("data.municipality.predecessors.totalCount", equalTo(0));
    }

    @Test
    void aMergedMunicipalityKeepsItsCodeAndItsApproachesAreFoundThroughTheSuccessor() {
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", null).body("errors", nullValue());
        save(Publishing.ADMIN, "GM9812", "Fixture Nieuwstad", null).body("errors", nullValue());
        graphqlAs(Publishing.ADMIN, """
                mutation { publishApproach(input: {id: "%s", municipalityCode: "GM9811",
                  title: "Fixture aanpak van voor de herindeling", kind: OTHER, status: ACTIVE}) { id } }""".formatted(APPROACH),
                Map.of()).body("errors", nullValue());

        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", "GM9812")
                .body("errors", nullValue())
                .body("data.saveMunicipality.municipality.mergedInto.code", equalTo("GM9812"));

        graphql("""
                { municipality(code: "GM9812") { predecessors { nodes { code approaches { nodes { slug } } } } } }""")
                .body("data.municipality.predecessors.nodes.code", equalTo(List.of("GM9811")))
                .body("data.municipality.predecessors.nodes[0].approaches.nodes.slug", equalTo(List.of(APPROACH)));
        graphql("{ approach(id: \"%s\") { municipality { code mergedInto { code name } } } }".formatted(APPROACH))
                .body("data.approach.municipality.code", equalTo("GM9811"))
                .body("data.approach.municipality.mergedInto.name", equalTo("Fixture Nieuwstad"));
    }

    @Test
    void aMergerNeedsASuccessorThatExistsIsAnotherAndStandsOnItsOwn() {
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", null).body("errors", nullValue());
        save(Publishing.ADMIN, "GM9812", "Fixture Nieuwstad", null).body("errors", nullValue());
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", "GM9812").body("errors", nullValue());

        save(Publishing.ADMIN, "GM9813", "Fixture Elders", "GM9814")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("GM9814"));
        save(Publishing.ADMIN, "GM9813", "Fixture Elders", "GM9813")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("cannot merge into itself"));
        save(Publishing.ADMIN, "GM9813", "Fixture Elders", "GM9811")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("GM9811 merged into GM9812 itself; name GM9812 as the successor of GM9813."));
        save(Publishing.ADMIN, "GM9812", "Fixture Nieuwstad", "GM9811")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        graphql("{ municipality(code: \"GM9813\") { code } }").body("data.municipality", nullValue());
        graphql("{ municipality(code: \"GM9812\") { mergedInto { code } } }").body("data.municipality.mergedInto", nullValue());
    }

    @Test
    void onlyAdminsSaveMunicipalitiesAndCodesAreChecked() {
        var publisher = Publishing.account("Fixture gemeentebeheer uitgever", "PUBLISHER", "GM0935");
        save(null, "GM9811", "Fixture Oudendorp", null).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        save(publisher, "GM9811", "Fixture Oudendorp", null).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        save(Publishing.ADMIN, "9811", " ", null)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'code' must be a CBS municipality code"))
                .body("errors[0].message", containsString("'name' must not be blank"));
        graphql("{ municipality(code: \"GM9811\") { code } }").body("data.municipality", nullValue());
    }

    @Test
    void everySavedChangeIsJournaled() {
        var since = OffsetDateTime.now().toString();
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", null).body("errors", nullValue());
        save(Publishing.ADMIN, "GM9812", "Fixture Nieuwstad", null).body("errors", nullValue());
        save(Publishing.ADMIN, "GM9811", "Fixture Oudendorp", "GM9812").body("errors", nullValue());
        graphqlAs(Publishing.ADMIN, """
                query($since: DateTime) { changes(since: $since, first: 100) { nodes {
                  mutation action entityId changedFields versionAfter } } }""", Map.of("since", since))
                .body("data.changes.nodes.findAll { it.entityId == 'GM9811' }.action", equalTo(List.of("CREATED", "UPDATED")))
                .body("data.changes.nodes.findAll { it.entityId == 'GM9811' }.mutation",
                        equalTo(List.of("saveMunicipality", "saveMunicipality")))
                .body("data.changes.nodes.findAll { it.entityId == 'GM9811' }[1].changedFields", equalTo(List.of("mergedInto")))
                .body("data.changes.nodes.findAll { it.entityId == 'GM9811' }[1].versionAfter", equalTo(2));
    }

    private static ValidatableResponse save(String token, String code, String name, String mergedInto) {
        var input = new HashMap<String, Object>(Map.of("code", code, "name", name,
                "province", "Fixtureprovincie Noord"));
        if (mergedInto != null) {
            input.put("mergedInto", mergedInto);
        }
        return graphqlAs(token, SAVE, Map.of("input", input));
    }
}
