package nl.veiligegemeente.network;

import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.schema.DateRange;
import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.read.Filters;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.graph.read.Patterns;

/** Which sessions a list holds; every part given must hold. */
@Input("SessionFilter")
@Description("Which sessions a list holds. Every part that is given must hold.")
public record SessionFilter(
        @Description("By the seminar they are part of (ids).") IdFilter seminars,
        @Description("By the day of their seminar.") DateRange date) implements NodeFilter {

    @Override
    public Condition on(Node session, Patterns patterns) {
        var condition = Filters.related(session, patterns, NetworkModel.SESSION, "seminar", seminars);
        if (date == null) {
            return condition;
        }
        return condition.and(Filters.reaches(session, patterns, NetworkModel.SESSION.requiredRelation("seminar").path(),
                seminar -> Filters.within(seminar, "date", date)));
    }

    /** A seminar has a few dozen sessions. */
    @Override
    public Optional<Patterns.Match> start(Node session, Patterns patterns) {
        return Filters.start(session, patterns, NetworkModel.SESSION, "seminar", seminars);
    }
}
