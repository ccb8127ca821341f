package nl.veiligegemeente.support;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;

/**
 * Writes test data straight into the test Neo4j. Fixture nodes carry fictitious names and ids
 * starting with {@code fixture-} (municipalities: GM99xx), so they never collide with the seed.
 */
@ApplicationScoped
public class Fixtures {

    private final Driver driver;

    Fixtures(Driver driver) {
        this.driver = driver;
    }

    public void write(String cypher, Map<String, Object> parameters) {
        driver.executableQuery(cypher).withParameters(parameters).execute();
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
