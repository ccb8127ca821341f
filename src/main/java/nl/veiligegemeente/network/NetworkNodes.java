package nl.veiligegemeente.network;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.graph.read.Row;

/** The node types a {@link NetworkNode} can be, and how to read each from a row. */
public final class NetworkNodes {

    private static final Map<String, NodeType> TYPES = Stream.of(NetworkModel.APPROACH, NetworkModel.AREA,
            NetworkModel.MUNICIPALITY, NetworkModel.ORGANISATION, NetworkModel.PRACTICE, NetworkModel.SEMINAR,
            NetworkModel.SESSION, NetworkModel.SPEAKER, NetworkModel.TARGET_GROUP, NetworkModel.THEME)
            .collect(Collectors.toUnmodifiableMap(NodeType::label, Function.identity()));

    private NetworkNodes() {
    }

    /** The node of the given label, read from a row the read planner projected for it. */
    public static NetworkNode from(String label, Row row) {
        var type = TYPES.get(label);
        if (type == null) {
            throw new IllegalArgumentException("No network node type " + label);
        }
        return (NetworkNode) RecordReader.of(type.record()).apply(row);
    }
}
