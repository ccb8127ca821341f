package nl.veiligegemeente.api.prefetched;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;

/** The root query fields that read the graph as the model declares them: one node by key, or a page of a type. */
record RootReads(Map<String, Read> byField) {

    /** A root field that looks one node of a type up by key ({@code lookup}), or lists a page of them. */
    record Read(NodeType type, boolean lookup) {
    }

    static RootReads of(GraphModel model) {
        var byField = new HashMap<String, Read>();
        for (var type : model.types().values()) {
            if (type.rootFields() != null) {
                byField.put(type.rootFields().lookup(), new Read(type, true));
                byField.put(type.rootFields().list(), new Read(type, false));
            }
        }
        return new RootReads(Map.copyOf(byField));
    }

    Optional<Read> read(String field) {
        return Optional.ofNullable(byField.get(field));
    }
}
