package nl.veiligegemeente.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.AliasedExpression;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.ExposesWith;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;

import graphql.schema.SelectedField;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.network.Approach;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.graph.read.Selections;

/**
 * Ranks the published approaches of other municipalities by {@link Reason}s, in one statement:
 * candidates come from the reasons that propose them, each scores the sum of weight × distinct
 * values over all reasons, ties go to the title and then the id, and only the top rows are read with
 * the fields the request selected, reasons included.
 */
final class ApproachRanking {

    /** The approach being ranked. */
    static final Node CANDIDATE = Cypher.node(NetworkModel.APPROACH.label()).named("candidate");

    /** How many rows a ranking returns when the client names no number. */
    static final int DEFAULT_SIZE = 10;

    private static final String SCORE = "score";
    private static final String APPROACH = "approach";
    private static final String REASONS = "reasons";
    private static final SymbolicName SCORE_NAME = Cypher.name(SCORE);
    private static final SymbolicName PARTIAL = Cypher.name("partial");
    private static final String VALUE = "value";
    private static final String CANDIDATE_KEY = "candidate";
    private static final SymbolicName SCORED = Cypher.name("scored");
    private static final SymbolicName LEADING = Cypher.name("leading");

    private ApproachRanking() {
    }

    /**
     * What a ranking ranks for.
     *
     * @param anchor      the node the ranking is for, matched by its key
     * @param excluded    candidates that may not appear (those of the anchor's own municipality)
     * @param anchorFacts values computed once from the anchor, which every reason and {@code excluded} may name
     */
    record Ranking(Node anchor, NodeType anchorType, Condition excluded, List<Reason> reasons,
            List<AliasedExpression> anchorFacts) {
    }

    /**
     * The top {@code first} candidates for the anchor, or null when the anchor does not exist (or
     * is retracted): one statement, or none while a recent result may answer (see {@link nl.veiligegemeente.graph.RecentReads}).
     */
    static List<Ranked> rank(GraphReads reads, Ranking ranking, Object anchorKey, Integer first) {
        return read(reads.readReusable(() -> statement(reads.model(), ranking, anchorKey, first, reads.selection())));
    }

    /** The number of rows a client asks for, checked like a page size. */
    private static int size(Integer first) {
        if (first == null) {
            return DEFAULT_SIZE;
        }
        if (first < 0 || first > PageArgs.MAX_SIZE) {
            throw ApiException.validation("'first' must be between 0 and " + PageArgs.MAX_SIZE + ", was " + first + ".");
        }
        return first;
    }

    /**
     * One row when the anchor exists (the ranked list, maybe empty), none when it does not. The
     * proposing reasons find the candidates and their partial scores in one pass (a UNION ALL of
     * each reason's distinct values per candidate, summed per candidate); the other reasons are
     * counted for the candidates found, and the reasons' values are read only for the rows returned.
     * <p>
     * Titles, ids and whether a candidate may be shown are read only for the candidates that can make
     * the list, with the same rows as ordering every candidate by score, title and id: {@code leading}
     * holds the first {@code first} scores of the candidates that may be shown, best first, so its last
     * is the {@code first}-th best score of those (or the lowest, when there are fewer); a candidate
     * scoring less is behind at least {@code first} others whatever its title, so only the candidates
     * scoring at least that are ordered by title and id.
     */
    static Statement statement(GraphModel model, Ranking ranking, Object anchorKey, Integer first,
            List<SelectedField> selection) {
        var size = size(first);
        var anchor = ranking.anchor();
        var anchorType = ranking.anchorType();
        var reasons = ranking.reasons();
        var proposals = reasons.stream().filter(Reason::proposes)
                .map(reason -> (Statement) reason.match().returningDistinct(CANDIDATE.getRequiredSymbolicName(),
                        reason.value().as(VALUE), Cypher.literalOf(reason.weight()).as(PARTIAL)).build())
                .toList();
        var candidates = proposals.size() == 1 ? proposals.get(0) : Cypher.unionAll(proposals);
        var summed = Cypher.with(anchor).call(candidates, anchor).with(CANDIDATE, Cypher.sum(PARTIAL).as(SCORE_NAME));
        var counted = reasons.stream().filter(reason -> !reason.proposes())
                .<Expression>map(reason -> Cypher.count(reason.match().returningDistinct(reason.value()).build())
                        .multiply(Cypher.literalOf(reason.weight())))
                .reduce(Expression::add)
                .map(others -> summed.with(CANDIDATE, SCORE_NAME.add(others).as(SCORE_NAME)))
                .orElse(summed);
        var scored = Cypher.collect(counted
                .returning(Cypher.mapOf(CANDIDATE_KEY, CANDIDATE.getRequiredSymbolicName(), SCORE, SCORE_NAME))
                .orderBy(SCORE_NAME.descending())
                .build());
        var shown = CANDIDATE.property(NodeType.RETRACTED_AT).isNull().and(ranking.excluded().not());
        var leading = Cypher.collect(unwindScored().where(shown)
                .returning(SCORE_NAME)
                .limit(Cypher.anonParameter(size))
                .build());
        var ranked = unwindScored().where(SCORE_NAME.gte(Cypher.last(LEADING)).and(shown))
                .with(CANDIDATE.getRequiredSymbolicName(), SCORE_NAME)
                .orderBy(SCORE_NAME.descending(), CANDIDATE.property("title").ascending(), CANDIDATE.property("id").ascending())
                .limit(Cypher.anonParameter(size))
                .returning(Cypher.mapOf(
                        SCORE, SCORE_NAME,
                        APPROACH, ReadPlanner.projection(model, NetworkModel.APPROACH, CANDIDATE,
                                Selections.under(selection, APPROACH)),
                        REASONS, reasonValues(model, reasons, Selections.under(selection, REASONS))))
                .build();
        var visible = anchorType.retractable() ? anchor.property(NodeType.RETRACTED_AT).isNull() : Cypher.noCondition();
        var anchored = Cypher.match(anchor.withProperties(anchorType.key(), Cypher.anonParameter(anchorType.keyOf(anchorKey))))
                .where(visible);
        var carried = new ArrayList<IdentifiableElement>(List.of(anchor));
        carried.addAll(ranking.anchorFacts());
        ExposesWith withFacts = ranking.anchorFacts().isEmpty()
                ? anchored
                : anchored.with(carried.toArray(IdentifiableElement[]::new));
        var named = new ArrayList<IdentifiableElement>(List.of(anchor));
        ranking.anchorFacts().forEach(fact -> named.add(fact.asName()));
        return withFacts.with(with(named, scored.as(SCORED)))
                .with(with(named, SCORED, leading.as(LEADING)))
                .returning(Cypher.collect(ranked).as(ReadPlanner.RESULT)).build();
    }

    /** The anchor and its facts, by name, and more. */
    private static IdentifiableElement[] with(List<IdentifiableElement> named, IdentifiableElement... more) {
        var elements = new ArrayList<>(named);
        elements.addAll(List.of(more));
        return elements.toArray(IdentifiableElement[]::new);
    }

    /** The scored candidates, best score first, one row each. */
    private static StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere unwindScored() {
        var row = Cypher.name("row");
        return Cypher.unwind(SCORED).as(row)
                .with(Cypher.property(row, CANDIDATE_KEY).as(CANDIDATE.getRequiredSymbolicName()),
                        Cypher.property(row, SCORE).as(SCORE_NAME));
    }

    /** The values of the reasons the request selects, each as an ordered list. */
    private static Expression reasonValues(GraphModel model, List<Reason> reasons, List<SelectedField> selected) {
        var entries = new ArrayList<>();
        for (var reason : reasons) {
            if (selected.stream().noneMatch(field -> field.getName().equals(reason.field()))) {
                continue;
            }
            entries.add(reason.field());
            entries.add(Cypher.collect(reason.node() == null
                    ? reason.match().returningDistinct(reason.value().as("value"))
                            .orderBy(Cypher.name("value").ascending()).build()
                    : reason.match().withDistinct(reason.node())
                            .orderBy(order(reason.type(), reason.node()))
                            .returning(ReadPlanner.projection(model, reason.type(), reason.node(),
                                    Selections.under(selected, reason.field())))
                            .build()));
        }
        return Cypher.mapOf(entries.toArray());
    }

    private static SortItem[] order(NodeType type, Node node) {
        return type.defaultOrder().keys().stream()
                .map(key -> key.descending() ? node.property(key.property()).descending()
                        : node.property(key.property()).ascending())
                .toArray(SortItem[]::new);
    }

    /** A ranked row as the statement returned it. */
    record Ranked(int score, Approach approach, Map<String, Object> reasons) {

        /** The values of one reason, read with the given converter; empty when the request did not select them. */
        @SuppressWarnings("unchecked")
        <T> List<T> reason(String field, Function<Object, T> convert) {
            var values = (List<Object>) reasons.get(field);
            return values == null ? List.of() : values.stream().map(convert).toList();
        }

        /** Reads a projected node of a reason. */
        @SuppressWarnings("unchecked")
        static <T> Function<Object, T> node(Function<Row, T> from) {
            return value -> from.apply(new Row((Map<String, Object>) value));
        }
    }

    /** The ranked rows of the statement's single row, or null when the anchor does not exist. */
    @SuppressWarnings("unchecked")
    private static List<Ranked> read(List<Value> result) {
        if (result.isEmpty()) {
            return null;
        }
        return result.get(0).asList(value -> {
            var row = value.asMap();
            return new Ranked(((Number) row.get(SCORE)).intValue(),
                    RecordReader.of(Approach.class).apply(new Row((Map<String, Object>) row.get(APPROACH))),
                    (Map<String, Object>) row.get(REASONS));
        });
    }
}
