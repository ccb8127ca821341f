package nl.veiligegemeente.network;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.FilterOfParts;
import nl.veiligegemeente.graph.read.FilterPart;
import nl.veiligegemeente.graph.read.Filters;
import nl.veiligegemeente.graph.read.Patterns;

/** Which speakers a list holds; every part given must hold. */
@Input("SpeakerFilter")
@Description("Which speakers a list holds. Every part that is given must hold.")
public record SpeakerFilter(
        @Description("By the organisation they work for (ids).") IdFilter organisations,
        @Description("By the themes of the sessions they present (ids).") IdFilter themes) implements FilterOfParts {

    private static final List<Hop> SESSION_THEMES = Relation.joined(NetworkModel.SPEAKER.requiredRelation("sessions"),
            NetworkModel.SESSION.requiredRelation("themes"));

    /** An organisation has a few speakers, a theme the speakers of a few sessions: both can start a list, the organisation first. */
    @Override
    public List<FilterPart> parts(Node speaker, Patterns patterns) {
        return List.of(Filters.relatedPart(speaker, patterns, NetworkModel.SPEAKER, "organisation", organisations),
                Filters.relatedPart(speaker, patterns, SESSION_THEMES, themes));
    }
}
