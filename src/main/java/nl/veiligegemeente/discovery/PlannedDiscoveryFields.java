package nl.veiligegemeente.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.graph.model.GraphModel;

/** The rankings the prefetching strategy answers without graphql-java's per-field execution. */
@ApplicationScoped
class PlannedDiscoveryFields {

    @Produces
    @Singleton
    PlannedRootField similarApproaches(GraphModel model) {
        return new RankingField("similarApproaches", "id", Similarity.RANKING, model);
    }

    @Produces
    @Singleton
    PlannedRootField recommendedApproaches(GraphModel model) {
        return new RankingField("recommendedApproaches", "municipality", Recommendations.RANKING, model);
    }
}
