package nl.veiligegemeente.discovery;

import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.PageArgs;

/**
 * A ranking of approaches ({@code similarApproaches}, {@code recommendedApproaches}) as the prefetching
 * strategy answers it: the same statement as the field's own, its rows written as selected.
 *
 * @param anchorArgument the argument that names the anchor by its key
 */
record RankingField(String name, String anchorArgument, ApproachRanking.Ranking ranking, GraphModel model)
        implements PlannedRootField {

    @Override
    public Planned plan(Map<String, Object> arguments, List<SelectedField> selection) {
        return new Planned(ApproachRanking.statement(model, ranking, arguments.get(anchorArgument),
                PageArgs.of(arguments).first(), selection), null);
    }
}
