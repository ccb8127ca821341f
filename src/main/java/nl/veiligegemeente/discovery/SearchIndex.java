package nl.veiligegemeente.discovery;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.neo4j.cypherdsl.core.Cypher;

import io.quarkus.runtime.StartupEvent;
import nl.veiligegemeente.graph.Graph;

/**
 * Waits at start, after the graph seed, until the full-text index answers: a freshly created
 * index fills in the background, and a search against it before then would fail.
 */
@ApplicationScoped
public class SearchIndex {

    private static final int TIMEOUT_SECONDS = 300;

    private final Graph graph;

    SearchIndex(Graph graph) {
        this.graph = graph;
    }

    void awaitOnline(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200) StartupEvent event) {
        graph.read(Cypher.call("db.awaitIndex")
                .withArgs(Cypher.literalOf(Search.INDEX), Cypher.literalOf(TIMEOUT_SECONDS))
                .build());
    }
}
