package nl.veiligegemeente.network;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.schema.DateRange;
import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.FilterOfParts;
import nl.veiligegemeente.graph.read.FilterPart;
import nl.veiligegemeente.graph.read.Filters;
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
        implements FilterOfParts {

    private static final List<Hop> SEMINARS = Relation.joined(NetworkModel.APPROACH.requiredRelation("sessions"),
            NetworkModel.SESSION.requiredRelation("seminar"));
    private static final List<Hop> PRESENTING_ORGANISATIONS = Relation.joined(NetworkModel.APPROACH.requiredRelation("sessions"),
            NetworkModel.SESSION.requiredRelation("speakers"), NetworkModel.SPEAKER.requiredRelation("organisation"));
    private static final List<Hop> MUNICIPALITY = NetworkModel.APPROACH.requiredRelation("municipality").path();

    /**
     * The parts, those that can start a list first, most selective first by how many approaches one
     * value holds in a typical network: a municipality (a handful), an area, a seminar, a theme, a
     * province (dozens of municipalities). Target groups and organisations hold too many to be worth it.
     */
    @Override
    public List<FilterPart> parts(Node approach, Patterns patterns) {
        var type = NetworkModel.APPROACH;
        var parts = new ArrayList<>(List.of(
                Filters.relatedPart(approach, patterns, type, "municipality", municipalities),
                Filters.relatedPart(approach, patterns, type, "areas", areas),
                Filters.relatedPart(approach, patterns, SEMINARS, presentedAt),
                Filters.relatedPart(approach, patterns, type, "themes", themes)));
        if (provinces != null && !provinces.isEmpty()) {
            parts.add(Filters.reachingPart(approach, patterns, MUNICIPALITY,
                    municipality -> Filters.oneOf(municipality, "province", provinces)));
        }
        parts.addAll(List.of(
                FilterPart.of(Filters.related(approach, patterns, type, "targetGroups", targetGroups)),
                FilterPart.of(Filters.related(approach, patterns, PRESENTING_ORGANISATIONS, presentedBy)),
                FilterPart.of(Filters.oneOf(approach, "kind", kinds)),
                FilterPart.of(Filters.oneOf(approach, "status", statuses)),
                FilterPart.of(Filters.oneOf(approach, "evidenceLevel", evidenceLevels)),
                FilterPart.of(Filters.within(approach, "startedOn", startedOn))));
        return parts;
    }
}
