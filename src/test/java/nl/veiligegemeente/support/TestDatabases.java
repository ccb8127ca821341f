package nl.veiligegemeente.support;

import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real databases for the tests: an in-process Neo4j (the official test harness) that the
 * service reaches over Bolt on a free loopback port, exactly as it reaches an external server.
 */
public class TestDatabases implements QuarkusTestResourceLifecycleManager {

    private Neo4j neo4j;

    @Override
    public Map<String, String> start() {
        neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        return Map.of("quarkus.neo4j.uri", neo4j.boltURI().toString());
    }

    @Override
    public void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }
}
