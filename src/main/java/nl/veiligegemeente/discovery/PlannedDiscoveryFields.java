package nl.veiligegemeente.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.network.NetworkModel;

/**
 * The discovery fields the prefetching strategy answers without graphql-java's per-field execution:
 * each plans the same statement as its field-by-field method, from the arguments as graphql-java resolved them.
 */
@ApplicationScoped
class PlannedDiscoveryFields {

    @Produces
    @Singleton
    PlannedRootField search(GraphModel model) {
        return new PlannedRootField("search", (arguments, selection) -> Search.planned(model, arguments, selection));
    }

    @Produces
    @Singleton
    PlannedRootField facets(GraphModel model) {
        return new PlannedRootField("facets", (arguments, selection) -> new PlannedRootField.Planned(
                FacetPlanner.approachFacets(model, ListArguments.filter(NetworkModel.APPROACH, arguments)), null, false));
    }

    @Produces
    @Singleton
    PlannedRootField similarApproaches(GraphModel model) {
        return ranking("similarApproaches", "id", Similarity.RANKING, model);
    }

    @Produces
    @Singleton
    PlannedRootField recommendedApproaches(GraphModel model) {
        return ranking("recommendedApproaches", "municipality", Recommendations.RANKING, model);
    }

    /** A ranking whose anchor is named by its key in {@code anchorArgument}; a recent result of it may serve. */
    private static PlannedRootField ranking(String name, String anchorArgument, ApproachRanking.Ranking ranking,
            GraphModel model) {
        return new PlannedRootField(name, (arguments, selection) -> new PlannedRootField.Planned(ApproachRanking.statement(
                model, ranking, arguments.get(anchorArgument), PageArgs.of(arguments).first(), selection), null, true));
    }
}
