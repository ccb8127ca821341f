package nl.veiligegemeente.graph.model;

/** One property a list is ordered by, and in which direction. */
public record SortKey(String property, boolean descending) {

    public static SortKey ascending(String property) {
        return new SortKey(property, false);
    }

    public static SortKey descending(String property) {
        return new SortKey(property, true);
    }
}
