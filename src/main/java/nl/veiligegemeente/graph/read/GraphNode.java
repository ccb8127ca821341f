package nl.veiligegemeente.graph.read;

/** A node read by a {@link ReadPlanner} statement, carrying the values of its selected relation fields. */
public interface GraphNode {

    Related related();
}
