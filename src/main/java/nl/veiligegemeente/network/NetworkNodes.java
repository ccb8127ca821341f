package nl.veiligegemeente.network;

import java.util.Map;
import java.util.function.Function;

import nl.veiligegemeente.graph.read.Row;

/** The node types a {@link NetworkNode} can be, and how to read each from a row. */
public final class NetworkNodes {

    private static final Map<String, Function<Row, NetworkNode>> READERS = Map.of(
            NetworkModel.APPROACH.label(), Approach::from,
            NetworkModel.AREA.label(), Area::from,
            NetworkModel.MUNICIPALITY.label(), Municipality::from,
            NetworkModel.ORGANISATION.label(), Organisation::from,
            NetworkModel.PRACTICE.label(), Practice::from,
            NetworkModel.SEMINAR.label(), Seminar::from,
            NetworkModel.SESSION.label(), Session::from,
            NetworkModel.SPEAKER.label(), Speaker::from,
            NetworkModel.TARGET_GROUP.label(), TargetGroup::from,
            NetworkModel.THEME.label(), Theme::from);

    private NetworkNodes() {
    }

    /** The node of the given label, read from a row the read planner projected for it. */
    public static NetworkNode from(String label, Row row) {
        var reader = READERS.get(label);
        if (reader == null) {
            throw new IllegalArgumentException("No network node type " + label);
        }
        return reader.apply(row);
    }
}
