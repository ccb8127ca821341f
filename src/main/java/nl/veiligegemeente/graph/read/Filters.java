package nl.veiligegemeente.graph.read;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;

import nl.veiligegemeente.schema.DateRange;
import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;

/** The building blocks of typed list filters, each a Cypher-DSL condition whose values are parameters. */
public final class Filters {

    private Filters() {
    }

    /** The property has one of the values; no condition when no values are given. */
    public static Condition oneOf(Node node, String property, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return Cypher.noCondition();
        }
        var names = values.stream().map(value -> value instanceof Enum<?> e ? e.name() : value).toList();
        return node.property(property).in(Cypher.anonParameter(names));
    }

    /** The (date) property lies within the range, both ends included. */
    public static Condition within(Node node, String property, DateRange range) {
        var condition = Cypher.noCondition();
        if (range == null) {
            return condition;
        }
        if (range.from() != null) {
            condition = condition.and(node.property(property).gte(Cypher.anonParameter(range.from())));
        }
        if (range.to() != null) {
            condition = condition.and(node.property(property).lte(Cypher.anonParameter(range.to())));
        }
        return condition;
    }

    /** The node reaches, along a relation field of its type, nodes whose key matches the id filter. */
    public static Condition related(Node node, Patterns patterns, NodeType type, String relationField, IdFilter ids) {
        var relation = type.relation(relationField).orElseThrow();
        return related(node, patterns, relation.path(), ids);
    }

    /** The node reaches, along the hops, nodes whose key matches the id filter (any / all / none of the ids). */
    public static Condition related(Node node, Patterns patterns, List<Hop> hops, IdFilter ids) {
        if (ids == null) {
            return Cypher.noCondition();
        }
        var type = target(patterns, hops);
        var key = type.key();
        var condition = Cypher.noCondition();
        if (ids.anyOf() != null) {
            condition = condition.and(reaches(node, patterns, hops, target -> target.property(key).in(Cypher.anonParameter(keys(type, ids.anyOf())))));
        }
        if (ids.noneOf() != null && !ids.noneOf().isEmpty()) {
            condition = condition.and(reaches(node, patterns, hops, target -> target.property(key).in(Cypher.anonParameter(keys(type, ids.noneOf())))).not());
        }
        if (ids.allOf() != null && !ids.allOf().isEmpty()) {
            var distinct = List.copyOf(new LinkedHashSet<>(keys(type, ids.allOf())));
            condition = condition.and(count(node, patterns, hops, target -> target.property(key).in(Cypher.anonParameter(distinct)))
                    .isEqualTo(Cypher.anonParameter(distinct.size())));
        }
        return condition;
    }

    /** The node reaches, along the hops, at least one visible node that meets the condition. */
    public static Condition reaches(Node node, Patterns patterns, List<Hop> hops, Function<Node, Condition> onTarget) {
        var reach = reach(node, patterns, hops, onTarget);
        return Cypher.exists(Cypher.match(reach.pattern()).where(reach.condition()).returning(reach.target()).build());
    }

    /**
     * The id filter along a relation field of the node's type as a filter part, which offers a list
     * of every node a start at the nodes whose key the filter requires the node to reach (any of
     * them, or all of them); no start when it requires none (no filter, or only {@code noneOf}).
     */
    public static FilterPart relatedPart(Node node, Patterns patterns, NodeType type, String relationField, IdFilter ids) {
        return relatedPart(node, patterns, type.relation(relationField).orElseThrow().path(), ids);
    }

    /** The id filter along the hops as a filter part (see the other). */
    public static FilterPart relatedPart(Node node, Patterns patterns, List<Hop> hops, IdFilter ids) {
        var required = ids == null ? null : ids.anyOf() != null ? ids.anyOf() : ids.allOf();
        if (required == null || required.isEmpty() && ids.anyOf() == null) {
            return FilterPart.of(related(node, patterns, hops, ids));
        }
        return new StartingPart(() -> related(node, patterns, hops, ids), () -> {
            var type = target(patterns, hops);
            var keys = keys(type, required);
            // Starting at any of anyOf's nodes is all that anyOf asks; allOf still has to count them all.
            return startAt(reach(node, patterns, hops, target -> target.property(type.key()).in(Cypher.anonParameter(keys))),
                    related(node, patterns, hops, ids.anyOf() != null ? new IdFilter(null, ids.allOf(), ids.noneOf()) : ids));
        });
    }

    /** The node reaches, along the hops, a visible node that meets the condition, as a filter part that can start a list at those nodes. */
    public static FilterPart reachingPart(Node node, Patterns patterns, List<Hop> hops, Function<Node, Condition> onTarget) {
        return new StartingPart(() -> reaches(node, patterns, hops, onTarget),
                () -> startAt(reach(node, patterns, hops, onTarget), Cypher.noCondition()));
    }

    private static NodeFilter.Start startAt(Reach reach, Condition rest) {
        return new NodeFilter.Start(new Patterns.Match(reach.pattern(), reach.condition()), rest);
    }

    /** A part that can start a list; condition and start are built when asked for. */
    private record StartingPart(Supplier<Condition> conditionOf, Supplier<NodeFilter.Start> startOf) implements FilterPart {

        @Override
        public Condition condition() {
            return conditionOf.get();
        }

        @Override
        public Optional<NodeFilter.Start> start() {
            return Optional.of(startOf.get());
        }
    }

    private static NodeType target(Patterns patterns, List<Hop> hops) {
        return patterns.model().type(hops.get(hops.size() - 1).label());
    }

    /** The keys the ids of an id filter name: global ids decoded, slugs and codes as given. */
    private static List<Object> keys(NodeType type, List<String> ids) {
        return ids.stream().map(type::keyOf).toList();
    }

    private static Expression count(Node node, Patterns patterns, List<Hop> hops,
            Function<Node, Condition> onTarget) {
        var reach = reach(node, patterns, hops, onTarget);
        return Cypher.count(Cypher.match(reach.pattern()).where(reach.condition())
                .withDistinct(reach.target()).returning(reach.target()).build());
    }

    /** The pattern along the hops to a fresh target, and the condition that it is visible and meets {@code onTarget}. */
    private static Reach reach(Node node, Patterns patterns, List<Hop> hops, Function<Node, Condition> onTarget) {
        var target = patterns.node(patterns.model().type(hops.get(hops.size() - 1).label()));
        var match = patterns.path(node, hops, target);
        return new Reach(target, match.pattern(), match.visible().and(onTarget.apply(target)));
    }

    private record Reach(Node target, PatternElement pattern, Condition condition) {
    }
}
