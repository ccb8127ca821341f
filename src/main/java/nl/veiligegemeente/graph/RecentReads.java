package nl.veiligegemeente.graph;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Value;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads whose results are kept for a while and served again: the discovery rankings, which cost
 * Neo4j milliseconds each and change only when the graph does. A kept result is served only while
 * this instance has committed no write since it was read, for at most {@code vgn.recent-reads.ttl}
 * (which bounds how long a write through another replica, or straight into Neo4j, takes to show),
 * and never to a request that sent a consistency token: such a request reads the graph.
 */
@ApplicationScoped
public class RecentReads {

    private final Graph graph;
    /** Null when keeping results is switched off (a lifetime of zero). */
    private final Cache<Graph.Rendered, Kept> kept;

    RecentReads(Graph graph, @ConfigProperty(name = "vgn.recent-reads.ttl") Duration lifetime,
            @ConfigProperty(name = "vgn.recent-reads.max-items") long maxItems) {
        this.graph = graph;
        // Weighed by items, not results: a ranking of 100 weighs a hundred of 1, so memory stays bounded whatever clients ask.
        this.kept = lifetime.isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(lifetime).maximumWeight(maxItems)
                        .<Graph.Rendered, Kept>weigher((statement, result) -> result.items()).build();
    }

    /** The statement's values as {@link Graph#read(Graph.Rendered)} returns them, read again only when no kept result may serve. */
    public List<Value> read(Graph.Rendered statement) {
        if (kept == null || graph.requestWaitsForWrites()) {
            return graph.read(statement);
        }
        // Counted before the read: a write committing during it makes the result stale at once.
        var writes = graph.writesCommitted();
        var result = kept.getIfPresent(statement);
        if (result != null && result.writes() == writes) {
            return result.values();
        }
        var values = graph.read(statement);
        kept.put(statement, new Kept(writes, values));
        return values;
    }

    /** A result, with the number of writes this instance had committed before it was read. */
    private record Kept(long writes, List<Value> values) {

        /** Its rows, or for a row holding a list (a ranking), the list's items. */
        int items() {
            return values.stream().mapToInt(value -> Math.max(1, value.size())).sum();
        }
    }
}
