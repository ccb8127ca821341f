package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.Edge;
import nl.veiligegemeente.api.PageInfo;

/** Turns the page map a {@link ReadPlanner} statement returns into a Relay connection. */
public final class Pages {

    private Pages() {
    }

    @SuppressWarnings("unchecked")
    public static <T> Connection<T> connection(Map<String, Object> page, PageRequest request, Function<Row, T> convert) {
        var rows = (List<Map<String, Object>>) page.get(ReadPlanner.PAGE_ROWS);
        var more = rows.size() > request.size();
        var kept = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backward()) {
            Collections.reverse(kept);
        }
        var edges = kept.stream().map(values -> {
            var row = new Row(values);
            var cursor = new Cursor(request.ordering().name(), row.sortValues()).encode();
            return new Edge<>(cursor, convert.apply(row));
        }).toList();
        var otherSide = Boolean.TRUE.equals(page.get(ReadPlanner.PAGE_OTHER_SIDE));
        var pageInfo = new PageInfo(
                request.backward() ? otherSide : more,
                request.backward() ? more : otherSide,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        var total = (Number) page.get(ReadPlanner.PAGE_TOTAL);
        return new Connection<>(edges, edges.stream().map(Edge::node).toList(), pageInfo,
                total == null ? 0 : total.intValue());
    }
}
