package nl.veiligegemeente.discovery;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.cypherdsl.core.AliasedExpression;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.smallrye.graphql.api.Nullable;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.network.TargetGroup;
import nl.veiligegemeente.network.Theme;

/**
 * Approaches for a municipality to learn from: those of other municipalities that address a theme
 * it works on through its own approaches (3 per theme), preferring those that reach target groups
 * its own approaches do not reach yet (1 per group).
 */
@GraphQLApi
public class Recommendations {

    private static final Node MUNICIPALITY = Cypher.node(NetworkModel.MUNICIPALITY.label()).named("municipality");
    private static final Node CANDIDATE = ApproachRanking.CANDIDATE;
    private static final Relation RUNS = NetworkModel.MUNICIPALITY.requiredRelation("approaches");
    private static final SymbolicName REACHED = Cypher.name("reachedTargetGroups");
    private static final SymbolicName OWN = Cypher.name("ownApproaches");

    private static final List<Reason> REASONS = List.of(themes(), newTargetGroups());

    /** Approaches of other municipalities, ranked for the given municipality. */
    static final ApproachRanking.Ranking RANKING = new ApproachRanking.Ranking(MUNICIPALITY, NetworkModel.MUNICIPALITY,
            CANDIDATE.getRequiredSymbolicName().in(OWN), REASONS, List.of(reachedTargetGroups(), ownApproaches()));

    private final GraphReads reads;

    Recommendations(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Nullable
    @Description("Approaches of other municipalities that address the themes this municipality works on, strongest"
            + " recommendation first (ties by title, then id), with the `reasons`. Null when the municipality is unknown.")
    public List<@NonNull RecommendedApproach> recommendedApproaches(
            @NonNull @Id @Description("The municipality to recommend to: its CBS code or id.") String municipality,
            @DefaultValue("" + ApproachRanking.DEFAULT_SIZE) @Description("How many to return: 0 to 100.") Integer first) {
        var ranked = ApproachRanking.rank(reads, RANKING, municipality, first);
        return ranked == null ? null : ranked.stream()
                .map(row -> new RecommendedApproach(row.approach(), row.score(), new RecommendationReasons(
                        row.reason("themes", ApproachRanking.Ranked.node(RecordReader.of(Theme.class))),
                        row.reason("newTargetGroups", ApproachRanking.Ranked.node(RecordReader.of(TargetGroup.class))))))
                .toList();
    }

    private static Reason themes() {
        var own = Cypher.node(NetworkModel.APPROACH.label()).named("own");
        var theme = Cypher.node(NetworkModel.THEME.label()).named("theme");
        return Reason.nodes("themes", 3, true, NetworkModel.THEME, theme, Reason.path(MUNICIPALITY,
                        List.of(own, theme, CANDIDATE), RUNS, NetworkModel.APPROACH.requiredRelation("themes"),
                        NetworkModel.THEME.requiredRelation("approaches")))
                .where(own.property(NodeType.RETRACTED_AT).isNull());
    }

    /** The target groups the municipality's own published approaches reach, found once per request. */
    private static AliasedExpression reachedTargetGroups() {
        var own = Cypher.node(NetworkModel.APPROACH.label()).named("own");
        var group = Cypher.node(NetworkModel.TARGET_GROUP.label()).named("reachedGroup");
        return Cypher.collect(Cypher.match(Reason.path(MUNICIPALITY, List.of(own, group), RUNS,
                        NetworkModel.APPROACH.requiredRelation("targetGroups")))
                .where(own.property(NodeType.RETRACTED_AT).isNull())
                .returningDistinct(group)
                .build()).as(REACHED);
    }

    /** The municipality's own approaches, retracted ones included, listed once per request to exclude them. */
    private static AliasedExpression ownApproaches() {
        var own = Cypher.node(NetworkModel.APPROACH.label()).named("own");
        return Cypher.collect(Cypher.match(Reason.path(MUNICIPALITY, List.of(own), RUNS)).returning(own).build()).as(OWN);
    }

    private static Reason newTargetGroups() {
        var group = Cypher.node(NetworkModel.TARGET_GROUP.label()).named("targetGroup");
        return Reason.nodes("newTargetGroups", 1, false, NetworkModel.TARGET_GROUP, group,
                Reason.path(CANDIDATE, List.of(group), NetworkModel.APPROACH.requiredRelation("targetGroups")))
                .where(group.getRequiredSymbolicName().in(REACHED).not());
    }
}
