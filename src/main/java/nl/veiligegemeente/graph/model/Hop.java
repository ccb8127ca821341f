package nl.veiligegemeente.graph.model;

/**
 * One step of a relationship path: a relationship type, its direction seen from the node the
 * step starts at, the label of the node it reaches and how many times the relationship repeats.
 */
public record Hop(String type, Direction direction, String label, int minLength, int maxLength) {

    /** Which way a relationship points, seen from the node a hop starts at. */
    public enum Direction {
        OUTGOING, INCOMING
    }

    /** A single outgoing relationship to a node with the given label. */
    public static Hop out(String type, String label) {
        return new Hop(type, Direction.OUTGOING, label, 1, 1);
    }

    /** A single incoming relationship from a node with the given label. */
    public static Hop in(String type, String label) {
        return new Hop(type, Direction.INCOMING, label, 1, 1);
    }

    /** The same hop, repeated between {@code min} and {@code max} times (a variable-length path). */
    public Hop repeated(int min, int max) {
        return new Hop(type, direction, label, min, max);
    }

    public boolean isVariableLength() {
        return minLength != 1 || maxLength != 1;
    }
}
