package nl.veiligegemeente.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Two municipalities publishing an approach with the same new title at the same moment each get
 * their own approach: the first the id made from the title, the other that id with -2. Neither is
 * refused, and neither writes over the other. Real concurrent requests, five rounds.
 */
@GraphQLTest
class ConcurrentPublishTest {

    private static final int ROUNDS = 5;
    private static final String EAST = "GM9961";
    private static final String WEST = "GM9962";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) {
              publishApproach(input: $input) { id approach { title municipality { code } } }
            }""";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void twoMunicipalitiesOfItsOwn() {
        fixtures.municipality(EAST, "Fixture Oosterzij");
        fixtures.municipality(WEST, "Fixture Westerzij");
    }

    @Test
    void theSameNewTitleFromTwoMunicipalitiesAtOnceGivesEachItsOwnApproach() throws Exception {
        var maastricht = Publishing.account("Fixture gelijktijdig Oost", "PUBLISHER", EAST);
        var amsterdam = Publishing.account("Fixture gelijktijdig West", "PUBLISHER", WEST);
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (var round = 1; round <= ROUNDS; round++) {
                var title = "Fixture gelijktijdige aanpak ronde " + round;
                var start = new CountDownLatch(1);
                var first = pool.submit(publishOnSignal(start, maastricht, EAST, title));
                var second = pool.submit(publishOnSignal(start, amsterdam, WEST, title));
                start.countDown();
                var fromMaastricht = first.get(2, TimeUnit.MINUTES);
                var fromAmsterdam = second.get(2, TimeUnit.MINUTES);

                var base = "fixture-gelijktijdige-aanpak-ronde-" + round;
                assertThat(fromMaastricht.path("errors").isMissingNode()).as("round %d: %s", round, fromMaastricht).isTrue();
                assertThat(fromAmsterdam.path("errors").isMissingNode()).as("round %d: %s", round, fromAmsterdam).isTrue();
                assertThat(List.of(id(fromMaastricht), id(fromAmsterdam))).containsExactlyInAnyOrder(base, base + "-2");
                assertThat(owner(fromMaastricht)).isEqualTo(EAST);
                assertThat(owner(fromAmsterdam)).isEqualTo(WEST);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<JsonNode> publishOnSignal(CountDownLatch start, String token, String municipality, String title) {
        return () -> {
            var body = JSON.writeValueAsString(Map.of("query", PUBLISH, "variables", Map.of("input", Map.of(
                    "municipalityCode", municipality, "title", title, "kind", "OTHER", "status", "ACTIVE"))));
            var request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            start.await();
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        };
    }

    private static String id(JsonNode response) {
        return response.path("data").path("publishApproach").path("id").asText();
    }

    private static String owner(JsonNode response) {
        return response.path("data").path("publishApproach").path("approach").path("municipality").path("code").asText();
    }
}
