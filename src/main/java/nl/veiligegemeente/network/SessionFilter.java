package nl.veiligegemeente.network;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.schema.DateRange;
import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.read.FilterOfParts;
import nl.veiligegemeente.graph.read.FilterPart;
import nl.veiligegemeente.graph.read.Filters;
import nl.veiligegemeente.graph.read.Patterns;

/** Which sessions a list holds; every part given must hold. */
@Input("SessionFilter")
@Description("Which sessions a list holds. Every part that is given must hold.")
public record SessionFilter(
        @Description("By the seminar they are part of (ids).") IdFilter seminars,
        @Description("By the day of their seminar.") DateRange date) implements FilterOfParts {

    /** A seminar has a few dozen sessions: a list can start there. */
    @Override
    public List<FilterPart> parts(Node session, Patterns patterns) {
        var bySeminar = Filters.relatedPart(session, patterns, NetworkModel.SESSION, "seminar", seminars);
        if (date == null) {
            return List.of(bySeminar);
        }
        return List.of(bySeminar, FilterPart.of(Filters.reaches(session, patterns, NetworkModel.SESSION.requiredRelation("seminar").path(),
                seminar -> Filters.within(seminar, "date", date))));
    }
}
