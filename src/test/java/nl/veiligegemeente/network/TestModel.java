package nl.veiligegemeente.network;

import nl.veiligegemeente.graph.model.GraphModel;

/** The service's graph model, for tests that plan statements without starting the service. */
public final class TestModel {

    /** The same model the service's CDI producer makes. */
    public static final GraphModel MODEL = new NetworkModel.Producer().model();

    private TestModel() {
    }
}
