package nl.veiligegemeente.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.graph.read.Patterns;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.network.NetworkModel;

/**
 * Plans the one statement that counts a filtered list of approaches per facet value: the
 * approaches are matched once (from the filter's start when it offers one), then each facet groups
 * them in its own subquery.
 */
final class FacetPlanner {

    private static final SymbolicName MATCHED = Cypher.name("matched");
    private static final SymbolicName ROW = Cypher.name("row");
    private static final SymbolicName VALUE = Cypher.name("value");
    private static final SymbolicName LABEL = Cypher.name("label");
    private static final SymbolicName COUNT = Cypher.name("count");

    private FacetPlanner() {
    }

    static Statement approachFacets(GraphModel model, NodeFilter filter) {
        var patterns = new Patterns(model);
        var approach = patterns.node(NetworkModel.APPROACH);
        var subqueries = new LinkedHashMap<String, Statement>();
        subqueries.put("themes", related(patterns, "themes", "themes", "id", "name"));
        subqueries.put("targetGroups", related(patterns, "targetGroups", "targetGroups", "id", "name"));
        subqueries.put("provinces", related(patterns, "provinces", "municipality", "province", "province"));
        subqueries.put("kinds", property("kinds", "kind"));
        subqueries.put("statuses", property("statuses", "status"));
        subqueries.put("evidenceLevels", property("evidenceLevels", "evidenceLevel"));

        var start = filter.start(approach, patterns);
        var matched = start.isPresent() ? Cypher.collectDistinct(approach) : Cypher.collect(approach);
        var every = patterns.every(NetworkModel.APPROACH, approach, filter, start);
        StatementBuilder.OngoingReading query = Cypher.match(every.pattern()).where(every.visible())
                .with(matched.as(MATCHED));
        var result = new ArrayList<Object>(List.of("totalCount", Cypher.size(MATCHED)));
        for (Map.Entry<String, Statement> facet : subqueries.entrySet()) {
            query = query.call(facet.getValue());
            result.add(facet.getKey());
            result.add(Cypher.name(facet.getKey()));
        }
        return query.returning(Cypher.mapOf(result.toArray()).as(ReadPlanner.RESULT)).build();
    }

    /** Counts per value of a property of the matched approaches. */
    private static Statement property(String facet, String property) {
        return counted(facet, Cypher.with(MATCHED).unwind(MATCHED).as(ROW)
                .with(Cypher.property(ROW, property).as(VALUE), Cypher.property(ROW, property).as(LABEL),
                        Cypher.count(Cypher.asterisk()).as(COUNT)));
    }

    /**
     * Counts per related node (grouped by the node when the value is its key, which reads the
     * value and label once per node instead of once per row) or per value of its property, that
     * the matched approaches reach along a relation.
     */
    private static Statement related(Patterns patterns, String facet, String relation, String valueProperty,
            String labelProperty) {
        var hops = NetworkModel.APPROACH.requiredRelation(relation).path();
        var row = Cypher.anyNode(ROW);
        var targetType = patterns.model().type(hops.get(hops.size() - 1).label());
        var target = patterns.node(targetType);
        var match = patterns.path(row, hops, target);
        var reached = Cypher.with(MATCHED).unwind(MATCHED).as(ROW).match(match.pattern()).where(match.visible());
        // One fixed hop reaches a node once per approach; a longer path may reach it along several.
        var count = hops.size() == 1 && !hops.get(0).isVariableLength() ? Cypher.count(Cypher.asterisk())
                : Cypher.countDistinct(row);
        if (valueProperty.equals(targetType.key())) {
            return counted(facet, reached.with(target, count.as(COUNT))
                    .with(target.property(valueProperty).as(VALUE), target.property(labelProperty).as(LABEL), COUNT));
        }
        return counted(facet, reached.with(target.property(valueProperty).as(VALUE), target.property(labelProperty).as(LABEL),
                count.as(COUNT)));
    }

    /** The grouped counts, largest first, collected under the facet's name. */
    private static Statement counted(String facet, StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere grouped) {
        return grouped.where(Cypher.isNotNull(VALUE))
                .with(VALUE, LABEL, COUNT)
                .orderBy(Cypher.sort(COUNT, SortItem.Direction.DESC), Cypher.sort(LABEL))
                .returning(Cypher.collect(Cypher.mapOf("value", VALUE, "label", LABEL, "count", COUNT)).as(facet))
                .build();
    }
}
