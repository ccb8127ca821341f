package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.network.NetworkModel;

/** The kinds of network node that search and paths return, each standing for one node type. */
@Description("A kind of network node, as search hits and the steps of a path return them.")
public enum SearchType {
    @Description("An approach (aanpak): title, summary and results are searched.")
    APPROACH(NetworkModel.APPROACH),
    @Description("A shared practice: title, description and lessons are searched.")
    PRACTICE(NetworkModel.PRACTICE),
    @Description("A seminar session: title and abstract are searched.")
    SESSION(NetworkModel.SESSION),
    @Description("A seminar: title and description are searched.")
    SEMINAR(NetworkModel.SEMINAR),
    @Description("A theme: name and description are searched.")
    THEME(NetworkModel.THEME),
    @Description("A target group: name and description are searched.")
    TARGET_GROUP(NetworkModel.TARGET_GROUP),
    @Description("A municipality: its name is searched.")
    MUNICIPALITY(NetworkModel.MUNICIPALITY),
    @Description("A district, neighbourhood or hotspot: its name is searched.")
    AREA(NetworkModel.AREA),
    @Description("An organisation: its name is searched.")
    ORGANISATION(NetworkModel.ORGANISATION),
    @Description("A speaker: their name is searched.")
    SPEAKER(NetworkModel.SPEAKER);

    private final NodeType nodeType;

    SearchType(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    NodeType nodeType() {
        return nodeType;
    }

    static SearchType of(String label) {
        for (var type : values()) {
            if (type.nodeType.label().equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No search type for label " + label);
    }
}
