package nl.veiligegemeente.network;

import static nl.veiligegemeente.graph.model.Hop.out;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.api.IdFilter;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.read.Filters;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.graph.read.Patterns;

/** Which speakers a list holds; every part given must hold. */
@Input("SpeakerFilter")
@Description("Which speakers a list holds. Every part that is given must hold.")
public record SpeakerFilter(
        @Description("By the organisation they work for (ids).") IdFilter organisations,
        @Description("By the themes of the sessions they present (ids).") IdFilter themes) implements NodeFilter {

    private static final List<Hop> SESSION_THEMES = List.of(out("PRESENTS", "Session"), out("COVERS", "Theme"));

    @Override
    public Condition on(Node speaker, Patterns patterns) {
        return Filters.related(speaker, patterns, NetworkModel.SPEAKER, "organisation", organisations)
                .and(Filters.related(speaker, patterns, SESSION_THEMES, themes));
    }
}
