package nl.veiligegemeente.graph.model;

/**
 * One property a list is ordered by, in which direction, and the value that stands in for a
 * missing one (so that optional properties still order, and page, deterministically).
 */
public record SortKey(String property, boolean descending, Object whenMissing) {

    public static SortKey ascending(String property) {
        return new SortKey(property, false, null);
    }

    public static SortKey descending(String property) {
        return new SortKey(property, true, null);
    }
}
