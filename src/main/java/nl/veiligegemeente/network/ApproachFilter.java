package nl.veiligegemeente.network;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.schema.DateRange;
import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.Filters;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.graph.read.Patterns;

/** Which approaches a list holds; every part given must hold. */
@Input("ApproachFilter")
@Description("Which approaches a list holds. Every part that is given must hold; a list in a part means any of its values.")
public record ApproachFilter(
        @Description("By the themes they address (ids).") IdFilter themes,
        @Description("By the groups they aim at (ids).") IdFilter targetGroups,
        @Description("By the municipality that runs them (CBS codes).") IdFilter municipalities,
        @Description("By the province of that municipality.") List<String> provinces,
        @Description("By kind.") List<ApproachKind> kinds,
        @Description("By status.") List<ApproachStatus> statuses,
        @Description("By evidence level.") List<EvidenceLevel> evidenceLevels,
        @Description("By start date; approaches without one never fall in a range.") DateRange startedOn,
        @Description("By the areas they are aimed at (ids).") IdFilter areas,
        @Description("By the seminars at which a session covered them (ids).") IdFilter presentedAt,
        @Description("By the organisations whose speakers presented a session covering them (ids).") IdFilter presentedBy)
        implements NodeFilter {

    private static final List<Hop> SEMINARS = Relation.joined(NetworkModel.APPROACH.requiredRelation("sessions"),
            NetworkModel.SESSION.requiredRelation("seminar"));
    private static final List<Hop> PRESENTING_ORGANISATIONS = Relation.joined(NetworkModel.APPROACH.requiredRelation("sessions"),
            NetworkModel.SESSION.requiredRelation("speakers"), NetworkModel.SPEAKER.requiredRelation("organisation"));
    private static final List<Hop> MUNICIPALITY = NetworkModel.APPROACH.requiredRelation("municipality").path();

    @Override
    public Condition on(Node approach, Patterns patterns) {
        var type = NetworkModel.APPROACH;
        var condition = Filters.related(approach, patterns, type, "themes", themes)
                .and(Filters.related(approach, patterns, type, "targetGroups", targetGroups))
                .and(Filters.related(approach, patterns, type, "municipality", municipalities))
                .and(Filters.related(approach, patterns, type, "areas", areas))
                .and(Filters.related(approach, patterns, SEMINARS, presentedAt))
                .and(Filters.related(approach, patterns, PRESENTING_ORGANISATIONS, presentedBy))
                .and(Filters.oneOf(approach, "kind", kinds))
                .and(Filters.oneOf(approach, "status", statuses))
                .and(Filters.oneOf(approach, "evidenceLevel", evidenceLevels))
                .and(Filters.within(approach, "startedOn", startedOn));
        if (provinces != null && !provinces.isEmpty()) {
            condition = condition.and(Filters.reaches(approach, patterns, MUNICIPALITY,
                    municipality -> Filters.oneOf(municipality, "province", provinces)));
        }
        return condition;
    }

    /**
     * The most selective part given, by how many approaches one value holds in a typical network:
     * a municipality (a handful), an area, a seminar, a theme, a province (dozens of
     * municipalities). Target groups and organisations hold too many to be worth it.
     */
    @Override
    public Optional<Patterns.Match> start(Node approach, Patterns patterns) {
        var type = NetworkModel.APPROACH;
        return Filters.start(approach, patterns, type, "municipality", municipalities)
                .or(() -> Filters.start(approach, patterns, type, "areas", areas))
                .or(() -> Filters.start(approach, patterns, SEMINARS, presentedAt))
                .or(() -> Filters.start(approach, patterns, type, "themes", themes))
                .or(() -> provinces == null || provinces.isEmpty() ? Optional.empty()
                        : Optional.of(Filters.start(approach, patterns, MUNICIPALITY,
                                municipality -> Filters.oneOf(municipality, "province", provinces))));
    }
}
