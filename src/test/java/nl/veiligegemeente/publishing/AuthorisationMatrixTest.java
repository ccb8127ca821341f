package nl.veiligegemeente.publishing;

import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Every cell of the authorisation matrix: anonymous, a publisher of the content's own
 * municipality, a publisher of another, an editor, an admin and a revoked token, each trying
 * every mutation. A refused write changes nothing; an allowed one is journaled.
 */
@GraphQLTest
class AuthorisationMatrixTest {

    static final String OWN = "GM9941";
    static final String OTHER = "GM9942";
    /** The fictitious seminar that sessions are saved to, so the seed's seminar keeps its own. */
    static final String SEMINAR_ID = "fixture-autorisatie-seminar";

    /** Who tries. */
    enum Who { ANONYMOUS, PUBLISHER_OF_OWN, PUBLISHER_OF_OTHER, EDITOR, ADMIN, REVOKED }

    /** What a mutation is about: the content of one municipality, seminar content, or accounts. */
    enum Kind { MUNICIPAL, SEMINAR, ACCOUNTS }

    /** One mutation, the content it needs, and how to call it in a cell with its own ids. */
    record Attempt(String name, Kind kind, String document, Function<String, Map<String, Object>> variables) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Attempt> MUTATIONS = List.of(
            new Attempt("createPublisher", Kind.ACCOUNTS,
                    "mutation($input: CreatePublisherInput!) { createPublisher(input: $input) { publisher { id } } }",
                    cell -> Map.of("input", Map.of("name", "Fixture account " + cell, "role", "EDITOR"))),
            new Attempt("revokePublisher", Kind.ACCOUNTS,
                    "mutation($id: ID!) { revokePublisher(id: $id) { publisher { id } } }",
                    cell -> Map.of("id", accountToRevoke(cell))),
            new Attempt("publishApproach", Kind.MUNICIPAL,
                    "mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id } }",
                    cell -> Map.of("input", Map.of("id", "fixture-new-" + cell, "municipalityCode", OWN,
                            "title", "Fixture nieuw " + cell, "kind", "OTHER", "status", "ACTIVE"))),
            new Attempt("updateApproach", Kind.MUNICIPAL,
                    "mutation($id: ID!) { updateApproach(id: $id, expectedVersion: 1, input: {status: ENDED}) { id } }",
                    cell -> Map.of("id", "fixture-approach-" + cell)),
            new Attempt("retractApproach", Kind.MUNICIPAL,
                    "mutation($id: ID!) { retractApproach(id: $id) { id } }",
                    cell -> Map.of("id", "fixture-approach-" + cell)),
            new Attempt("linkApproach", Kind.MUNICIPAL,
                    "mutation($id: ID!) { linkApproach(id: $id, links: {themeIds: [\"ondermijning\"]}) { id } }",
                    cell -> Map.of("id", "fixture-approach-" + cell)),
            new Attempt("unlinkApproach", Kind.MUNICIPAL,
                    "mutation($id: ID!) { unlinkApproach(id: $id, links: {themeIds: [\"preventie\"]}) { id } }",
                    cell -> Map.of("id", "fixture-approach-" + cell)),
            new Attempt("sharePractice", Kind.MUNICIPAL,
                    "mutation($input: SharePracticeInput!) { sharePractice(input: $input) { id } }",
                    cell -> Map.of("input", Map.of("id", "fixture-new-practice-" + cell, "municipalityCode", OWN,
                            "title", "Fixture praktijk " + cell))),
            new Attempt("updatePractice", Kind.MUNICIPAL,
                    "mutation($id: ID!) { updatePractice(id: $id, expectedVersion: 1, input: {lessons: \"Geleerd\"}) { id } }",
                    cell -> Map.of("id", "fixture-practice-" + cell)),
            new Attempt("retractPractice", Kind.MUNICIPAL,
                    "mutation($id: ID!) { retractPractice(id: $id) { id } }",
                    cell -> Map.of("id", "fixture-practice-" + cell)),
            new Attempt("saveSeminar", Kind.SEMINAR,
                    "mutation($input: SaveSeminarInput!) { saveSeminar(input: $input) { id } }",
                    cell -> Map.of("input", Map.of("title", "Fixture seminar " + cell, "date", "2027-03-01"))),
            new Attempt("saveSession", Kind.SEMINAR,
                    "mutation($input: SaveSessionInput!) { saveSession(input: $input) { id } }",
                    cell -> Map.of("input", Map.of("seminarId", SEMINAR_ID,
                            "title", "Fixture sessie " + cell))),
            new Attempt("saveSpeaker", Kind.SEMINAR,
                    "mutation($input: SaveSpeakerInput!) { saveSpeaker(input: $input) { id } }",
                    cell -> Map.of("input", Map.of("name", "Fixture spreker " + cell))),
            new Attempt("saveOrganisation", Kind.SEMINAR,
                    "mutation($input: SaveOrganisationInput!) { saveOrganisation(input: $input) { id } }",
                    cell -> Map.of("input", Map.of("name", "Fixture organisatie " + cell, "kind", "OTHER"))));

    private static Map<Who, String> tokens;
    private static final Map<String, String> ACCOUNTS_TO_REVOKE = new java.util.HashMap<>();

    @Inject
    Fixtures fixtures;

    @Inject
    Driver driver;

    static Stream<Arguments> cells() {
        var cells = new ArrayList<Arguments>();
        for (var who : Who.values()) {
            for (var mutation : MUTATIONS) {
                cells.add(Arguments.of(who, mutation));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void everyCallerTriesEveryMutation(Who who, Attempt mutation) {
        var cell = (who.name() + "-" + mutation.name()).toLowerCase().replace('_', '-');
        contentFor(cell);
        var token = token(who);
        var variables = mutation.variables().apply(cell);
        var journalBefore = journalRows();

        var response = graphqlAs(token, mutation.document(), variables);

        var expected = expectedCode(who, mutation.kind());
        if (expected == null) {
            response.body("errors", nullValue()).body("data." + mutation.name(), notNullValue());
            assertThat(journalRows()).as("one journal row for the change").isEqualTo(journalBefore + 1);
        } else {
            response.body("errors[0].extensions.code", equalTo(expected)).body("data", nullValue());
            assertThat(journalRows()).as("no journal row for a refused change").isEqualTo(journalBefore);
            assertThat(untouched(cell)).as("a refused change leaves the content as it was").isTrue();
        }
    }

    /** The refusal each caller gets for each kind of mutation, or null where the write is allowed. */
    static String expectedCode(Who who, Kind kind) {
        return switch (who) {
            case ANONYMOUS, REVOKED -> "UNAUTHENTICATED";
            case ADMIN -> null;
            case PUBLISHER_OF_OWN -> kind == Kind.MUNICIPAL ? null : "FORBIDDEN";
            case PUBLISHER_OF_OTHER -> "FORBIDDEN";
            case EDITOR -> kind == Kind.SEMINAR ? null : "FORBIDDEN";
        };
    }

    private void contentFor(String cell) {
        fixtures.write("""
                MERGE (own:Municipality {code: $own}) SET own.name = 'Fixture Eigen'
                MERGE (other:Municipality {code: $other}) SET other.name = 'Fixture Ander'
                MERGE (seminar:Seminar {id: $seminar}) SET seminar.title = 'Fixture autorisatieseminar', seminar.date = date('2030-01-01')
                MERGE (a:Approach {id: 'fixture-approach-' + $cell})
                SET a.title = 'Fixture aanpak ' + $cell, a.kind = 'OTHER', a.status = 'ACTIVE',
                    a.evidenceLevel = 'NOT_ASSESSED', a.version = 1
                MERGE (own)-[:RUNS]->(a)
                WITH own, a
                MATCH (t:Theme {id: 'preventie'})
                MERGE (a)-[:ADDRESSES]->(t)
                MERGE (p:Practice {id: 'fixture-practice-' + $cell})
                SET p.title = 'Fixture praktijk ' + $cell, p.version = 1
                MERGE (p)-[:SHARED_BY]->(own)""", Map.of("own", OWN, "other", OTHER, "seminar", SEMINAR_ID, "cell", cell));
    }

    private boolean untouched(String cell) {
        var result = driver.executableQuery("""
                MATCH (a:Approach {id: 'fixture-approach-' + $cell}), (p:Practice {id: 'fixture-practice-' + $cell})
                RETURN a.version = 1 AND a.status = 'ACTIVE' AND a.retractedAt IS NULL
                   AND [(a)-[:ADDRESSES]->(t) | t.id] = ['preventie']
                   AND p.version = 1 AND p.retractedAt IS NULL
                   AND NOT EXISTS { MATCH (n) WHERE n.id IN ['fixture-new-' + $cell, 'fixture-new-practice-' + $cell] }
                   AND NOT EXISTS { MATCH (n) WHERE n.title = 'Fixture seminar ' + $cell OR n.title = 'Fixture sessie ' + $cell
                                    OR n.name IN ['Fixture spreker ' + $cell, 'Fixture organisatie ' + $cell] }""")
                .withParameters(Map.of("cell", cell)).execute();
        return result.records().get(0).get(0).asBoolean();
    }

    private static long journalRows() {
        return graphqlAs(Publishing.ADMIN, "{ changes(first: 0) { totalCount } }", Map.of())
                .body("errors", nullValue()).extract().jsonPath().getLong("data.changes.totalCount");
    }

    private static synchronized String token(Who who) {
        if (tokens == null) {
            tokens = new java.util.EnumMap<>(Who.class);
            tokens.put(Who.PUBLISHER_OF_OWN, Publishing.account("Fixture publisher eigen", "PUBLISHER", OWN));
            tokens.put(Who.PUBLISHER_OF_OTHER, Publishing.account("Fixture publisher ander", "PUBLISHER", OTHER));
            tokens.put(Who.EDITOR, Publishing.account("Fixture editor", "EDITOR", null));
            tokens.put(Who.ADMIN, Publishing.account("Fixture admin", "ADMIN", null));
            tokens.put(Who.REVOKED, Publishing.revokedAccount("Fixture ingetrokken"));
        }
        return tokens.get(who);
    }

    /** A fresh account per cell for revokePublisher, made by the bootstrap admin. */
    private static String accountToRevoke(String cell) {
        return ACCOUNTS_TO_REVOKE.computeIfAbsent(cell, key -> graphqlAs(Publishing.ADMIN,
                "mutation($input: CreatePublisherInput!) { createPublisher(input: $input) { publisher { id } } }",
                Map.of("input", Map.of("name", "Fixture te intrekken " + key, "role", "EDITOR")))
                .extract().jsonPath().getString("data.createPublisher.publisher.id"));
    }
}
