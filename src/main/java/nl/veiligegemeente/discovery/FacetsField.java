package nl.veiligegemeente.discovery;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.SelectedField;
import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.network.NetworkModel;

/** {@link FacetQueries#facets} as the prefetching strategy answers it: the same statement, its counts written as selected. */
@ApplicationScoped
class FacetsField implements PlannedRootField {

    private final GraphModel model;

    FacetsField(GraphModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "facets";
    }

    @Override
    public Planned plan(Map<String, Object> arguments, List<SelectedField> selection) {
        return new Planned(FacetPlanner.approachFacets(model, ListArguments.filter(NetworkModel.APPROACH, arguments)), null);
    }
}
