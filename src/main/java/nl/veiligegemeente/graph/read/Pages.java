package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.Edge;
import nl.veiligegemeente.api.PageInfo;

/** Turns the page map a {@link ReadPlanner} statement returns into the page a client sees. */
public final class Pages {

    private Pages() {
    }

    /** One page as a client sees it: its rows in list order, the cursor of each, where it sits in the list, the list's total. */
    public record Page(List<Map<String, Object>> rows, List<String> cursors, PageInfo pageInfo, int totalCount) {
    }

    /** The page a statement read: the extra row that tells whether the list goes on is dropped, a backward page turned around. */
    @SuppressWarnings("unchecked")
    public static Page page(Map<String, Object> page, PageRequest request) {
        var read = (List<Map<String, Object>>) page.get(ReadPlanner.PAGE_ROWS);
        var more = read.size() > request.size();
        var rows = new ArrayList<>(more ? read.subList(0, request.size()) : read);
        if (request.backward()) {
            Collections.reverse(rows);
        }
        var cursors = new ArrayList<String>(rows.size());
        for (var row : rows) {
            cursors.add(new Cursor(request.ordering().name(), new Row(row).sortValues()).encode());
        }
        var otherSide = Boolean.TRUE.equals(page.get(ReadPlanner.PAGE_OTHER_SIDE));
        var pageInfo = new PageInfo(
                request.backward() ? otherSide : more,
                request.backward() ? more : otherSide,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        var total = (Number) page.get(ReadPlanner.PAGE_TOTAL);
        return new Page(rows, cursors, pageInfo, total == null ? 0 : total.intValue());
    }

    /** The page as a connection of the records {@code convert} makes of its rows. */
    public static <T> Connection<T> connection(Map<String, Object> page, PageRequest request, Function<Row, T> convert) {
        var read = page(page, request);
        var edges = new ArrayList<Edge<T>>(read.rows().size());
        for (int i = 0; i < read.rows().size(); i++) {
            edges.add(new Edge<>(read.cursors().get(i), convert.apply(new Row(read.rows().get(i)))));
        }
        return new Connection<>(edges, edges.stream().map(Edge::node).toList(), read.pageInfo(), read.totalCount());
    }
}
