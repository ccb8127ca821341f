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
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.network.AreaKind;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.network.Seminar;
import nl.veiligegemeente.network.TargetGroup;
import nl.veiligegemeente.network.Theme;

/**
 * Approaches of other municipalities ranked by what they share with a given approach: themes (3
 * each), target groups (2), seminars where both were presented (2) and kinds of area (1).
 */
@GraphQLApi
public class Similarity {

    private static final Node GIVEN = Cypher.node(NetworkModel.APPROACH.label()).named("given");
    private static final Node CANDIDATE = ApproachRanking.CANDIDATE;

    private static final List<Reason> REASONS = List.of(themes(), targetGroups(), seminars(), areaKinds());

    private static final SymbolicName SIBLINGS = Cypher.name("siblings");

    /**
     * Approaches of other municipalities, ranked for the given approach. The approaches of the given
     * one's municipalities are listed once per request, so that excluding them costs no traversal per candidate.
     */
    static final ApproachRanking.Ranking RANKING = new ApproachRanking.Ranking(GIVEN, NetworkModel.APPROACH,
            CANDIDATE.isEqualTo(GIVEN).or(CANDIDATE.getRequiredSymbolicName().in(SIBLINGS)), REASONS,
            List.of(siblings()));

    private final GraphReads reads;

    Similarity(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Nullable
    @Description("Approaches of other municipalities that resemble this one, most similar first (ties by title, then"
            + " id), with what they share as `reasons`. Null when there is no such approach.")
    public List<@NonNull SimilarApproach> similarApproaches(
            @NonNull @Id @Description("The approach to compare with: its id (global) or its slug.") String id,
            @DefaultValue("" + ApproachRanking.DEFAULT_SIZE) @Description("How many to return: 0 to 100.") Integer first) {
        var ranked = ApproachRanking.rank(reads, RANKING, id, first);
        return ranked == null ? null : ranked.stream()
                .map(row -> new SimilarApproach(row.approach(), row.score(), new SimilarityReasons(
                        row.reason("themes", ApproachRanking.Ranked.node(RecordReader.of(Theme.class))),
                        row.reason("targetGroups", ApproachRanking.Ranked.node(RecordReader.of(TargetGroup.class))),
                        row.reason("seminars", ApproachRanking.Ranked.node(RecordReader.of(Seminar.class))),
                        row.reason("areaKinds", kind -> AreaKind.valueOf((String) kind)))))
                .toList();
    }

    /** The other approaches of the given approach's municipalities. */
    private static AliasedExpression siblings() {
        var sibling = Cypher.node(NetworkModel.APPROACH.label()).named("sibling");
        return Cypher.collect(Cypher.match(Reason.path(GIVEN, List.of(Cypher.node(NetworkModel.MUNICIPALITY.label()), sibling),
                        NetworkModel.APPROACH.requiredRelation("municipality"),
                        NetworkModel.MUNICIPALITY.requiredRelation("approaches")))
                .returning(sibling)
                .build()).as(SIBLINGS);
    }

    private static Reason themes() {
        var theme = Cypher.node(NetworkModel.THEME.label()).named("theme");
        return Reason.nodes("themes", 3, true, NetworkModel.THEME, theme, Reason.path(GIVEN, List.of(theme, CANDIDATE),
                NetworkModel.APPROACH.requiredRelation("themes"), NetworkModel.THEME.requiredRelation("approaches")));
    }

    private static Reason targetGroups() {
        var group = Cypher.node(NetworkModel.TARGET_GROUP.label()).named("targetGroup");
        return Reason.nodes("targetGroups", 2, true, NetworkModel.TARGET_GROUP, group, Reason.path(GIVEN,
                List.of(group, CANDIDATE), NetworkModel.APPROACH.requiredRelation("targetGroups"),
                NetworkModel.TARGET_GROUP.requiredRelation("approaches")));
    }

    private static Reason seminars() {
        var seminar = Cypher.node(NetworkModel.SEMINAR.label()).named("seminar");
        var sessions = NetworkModel.APPROACH.requiredRelation("sessions");
        var partOf = NetworkModel.SESSION.requiredRelation("seminar");
        return Reason.nodes("seminars", 2, true, NetworkModel.SEMINAR, seminar,
                Reason.path(GIVEN, List.of(Cypher.node(NetworkModel.SESSION.label()), seminar), sessions, partOf),
                Reason.path(CANDIDATE, List.of(Cypher.node(NetworkModel.SESSION.label()), seminar), sessions, partOf));
    }

    private static Reason areaKinds() {
        var given = Cypher.node(NetworkModel.AREA.label()).named("givenArea");
        var other = Cypher.node(NetworkModel.AREA.label()).named("candidateArea");
        var areas = NetworkModel.APPROACH.requiredRelation("areas");
        return Reason.values("areaKinds", 1, true, given.property("kind"),
                given.property("kind").isEqualTo(other.property("kind")),
                Reason.path(GIVEN, List.of(given), areas), Reason.path(CANDIDATE, List.of(other), areas));
    }
}
