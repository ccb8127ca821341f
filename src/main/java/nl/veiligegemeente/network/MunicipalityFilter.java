package nl.veiligegemeente.network;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.schema.IdFilter;
import nl.veiligegemeente.graph.read.Filters;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.graph.read.Patterns;

/** Which municipalities a list holds; every part given must hold. */
@Input("MunicipalityFilter")
@Description("Which municipalities a list holds. Every part that is given must hold.")
public record MunicipalityFilter(
        @Description("By province (any of these).") List<String> provinces,
        @Description("By the themes their approaches address (ids).") IdFilter themes) implements NodeFilter {

    @Override
    public Condition on(Node municipality, Patterns patterns) {
        return Filters.oneOf(municipality, "province", provinces)
                .and(Filters.related(municipality, patterns, NetworkModel.MUNICIPALITY, "themes", themes));
    }
}
