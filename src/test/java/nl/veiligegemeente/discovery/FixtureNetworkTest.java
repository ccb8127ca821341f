package nl.veiligegemeente.discovery;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import nl.veiligegemeente.support.Fixtures;

/** A test on the fictitious network of {@link DiscoveryFixtures}, written (idempotently) before each test. */
abstract class FixtureNetworkTest {

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void aFictitiousNetwork() {
        DiscoveryFixtures.write(fixtures);
    }
}
