package nl.veiligegemeente.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.neo4j.cypherdsl.core.Cypher;

import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.GraphStart;

/**
 * Waits at start, after the graph seed and before the service answers, until the full-text index
 * answers: a freshly created index fills in the background, and a search against it before then would fail.
 */
@ApplicationScoped
public class SearchIndex {

    private static final int TIMEOUT_SECONDS = 300;

    private final Graph graph;

    SearchIndex(Graph graph) {
        this.graph = graph;
    }

    void awaitOnline(@Observes GraphStart.Seeded event) {
        graph.read(Cypher.call("db.awaitIndex")
                .withArgs(Cypher.literalOf(Search.INDEX), Cypher.literalOf(TIMEOUT_SECONDS))
                .build());
    }
}
