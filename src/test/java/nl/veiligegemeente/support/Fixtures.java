package nl.veiligegemeente.support;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.veiligegemeente.graph.Graph;

/**
 * Writes test data into the test Neo4j, through the service's {@link Graph} as its imports do (so
 * that what the service keeps of earlier reads makes way for it). Fixture nodes carry fictitious
 * names and ids starting with {@code fixture-} (municipalities: GM99xx), so they never collide with the seed.
 */
@ApplicationScoped
public class Fixtures {

    private final Graph graph;

    Fixtures(Graph graph) {
        this.graph = graph;
    }

    public void write(String cypher, Map<String, Object> parameters) {
        graph.write(tx -> tx.run(new Graph.Rendered(cypher, parameters)));
    }

    public void write(String cypher) {
        write(cypher, Map.of());
    }

    /**
     * A fictitious municipality of the test's own (code GM99xx), so that what the test writes to it
     * never changes what another test reads about the seed's municipalities.
     */
    public void municipality(String code, String name) {
        write("MERGE (m:Municipality {code: $code}) SET m.name = $name, m.province = 'Fixtureprovincie'",
                Map.of("code", code, "name", name));
    }
}
