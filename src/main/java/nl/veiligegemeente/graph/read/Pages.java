package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.schema.Edge;
import nl.veiligegemeente.schema.PageInfo;

/** Turns the page a {@link ReadPlanner} statement returns into the page a client sees. */
public final class Pages {

    private Pages() {
    }

    /**
     * One page as a client sees it: its rows in list order, where it sits in the list and the list's
     * total. A row's cursor is made only when asked for, since most clients select few of them; its
     * sort values are those the row carries, null when it carries none.
     */
    public record Page<R>(List<R> rows, PageRequest request, Function<R, List<Object>> sortValues, boolean more,
            boolean otherSide, int totalCount) {

        /** The cursor of the row at this index, or null when no cursor was selected, so its statement read no sort values. */
        public String cursor(int index) {
            var values = sortValues.apply(rows.get(index));
            return values == null ? null : new Cursor(request.ordering().name(), values).encode();
        }

        public boolean hasNextPage() {
            return request.backward() ? otherSide : more;
        }

        public boolean hasPreviousPage() {
            return request.backward() ? more : otherSide;
        }

        /** The cursor of the first row, or null on an empty page. */
        public String startCursor() {
            return rows.isEmpty() ? null : cursor(0);
        }

        /** The cursor of the last row, or null on an empty page. */
        public String endCursor() {
            return rows.isEmpty() ? null : cursor(rows.size() - 1);
        }

        public PageInfo pageInfo() {
            return new PageInfo(hasNextPage(), hasPreviousPage(), startCursor(), endCursor());
        }
    }

    /**
     * The page a statement read, as rows of any form: the extra row that tells whether the list goes
     * on is dropped, a backward page turned around.
     */
    public static <R> Page<R> page(List<R> read, boolean otherSide, Number totalCount, PageRequest request,
            Function<R, List<Object>> sortValues) {
        var more = read.size() > request.size();
        var rows = more ? read.subList(0, request.size()) : read;
        if (request.backward()) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        return new Page<>(rows, request, sortValues, more, otherSide, totalCount == null ? 0 : totalCount.intValue());
    }

    /** The page a statement read, from the map the driver made of it. */
    @SuppressWarnings("unchecked")
    public static Page<Map<String, Object>> page(Map<String, Object> page, PageRequest request) {
        return page((List<Map<String, Object>>) page.get(ReadPlanner.PAGE_ROWS),
                Boolean.TRUE.equals(page.get(ReadPlanner.PAGE_OTHER_SIDE)), (Number) page.get(ReadPlanner.PAGE_TOTAL),
                request, row -> new Row(row).sortValues());
    }

    /** The page as a connection of the records {@code convert} makes of its rows. */
    public static <T> Connection<T> connection(Map<String, Object> page, PageRequest request, Function<Row, T> convert) {
        var read = page(page, request);
        var edges = new ArrayList<Edge<T>>(read.rows().size());
        for (int i = 0; i < read.rows().size(); i++) {
            edges.add(new Edge<>(read.cursor(i), convert.apply(new Row(read.rows().get(i)))));
        }
        return new Connection<>(edges, edges.stream().map(Edge::node).toList(), read.pageInfo(), read.totalCount());
    }
}
