package nl.veiligegemeente.publishing.approaches;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.veiligegemeente.api.prefetched.PlannedMutation;
import nl.veiligegemeente.network.NetworkModel;

/**
 * The approach mutations the prefetching mutation strategy answers without SmallRye's per-field
 * work: each runs the same write as its {@link ApproachMutations} method, with the input objects
 * made from the arguments as graphql-java coerced them.
 */
@ApplicationScoped
class PlannedApproachMutations {

    private static final String ID = "id";
    private static final String INPUT = "input";

    private final ApproachMutations mutations;
    private final ObjectMapper json;

    PlannedApproachMutations(ApproachMutations mutations, ObjectMapper json) {
        this.mutations = mutations;
        this.json = json;
    }

    @Produces
    @Singleton
    PlannedMutation publishApproach() {
        return planned("publishApproach", arguments -> mutations.publish(input(arguments, INPUT, PublishApproachInput.class)));
    }

    @Produces
    @Singleton
    PlannedMutation updateApproach() {
        return planned("updateApproach", arguments -> mutations.update((String) arguments.get(ID),
                ((Number) arguments.get("expectedVersion")).intValue(), input(arguments, INPUT, UpdateApproachInput.class)));
    }

    @Produces
    @Singleton
    PlannedMutation retractApproach() {
        return planned("retractApproach", arguments -> mutations.retract((String) arguments.get(ID)));
    }

    @Produces
    @Singleton
    PlannedMutation linkApproach() {
        return planned("linkApproach", arguments -> mutations.relink("linkApproach", (String) arguments.get(ID),
                input(arguments, "links", ApproachLinksInput.class), true));
    }

    @Produces
    @Singleton
    PlannedMutation unlinkApproach() {
        return planned("unlinkApproach", arguments -> mutations.relink("unlinkApproach", (String) arguments.get(ID),
                input(arguments, "links", ApproachLinksInput.class), false));
    }

    private static PlannedMutation planned(String name, PlannedMutation.Write write) {
        return new PlannedMutation(name, NetworkModel.APPROACH, "approach", write);
    }

    /** The input object of the argument, from the map graphql-java coerced it to. */
    private <T> T input(Map<String, Object> arguments, String argument, Class<T> type) {
        return json.convertValue(arguments.get(argument), type);
    }
}
