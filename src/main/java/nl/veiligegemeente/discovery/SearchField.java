package nl.veiligegemeente.discovery;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.SelectedField;
import nl.veiligegemeente.api.prefetched.NotPrefetchable;
import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.PageArgs;

/** {@link Search#search} as the prefetching strategy answers it: the same statement, its hits written as selected. */
@ApplicationScoped
class SearchField implements PlannedRootField {

    private final GraphModel model;

    SearchField(GraphModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public Planned plan(Map<String, Object> arguments, List<SelectedField> selection) {
        if (Search.selectsSnippets(selection)) {
            throw new NotPrefetchable("snippets are cut from the texts by the search analyser");
        }
        var types = arguments.get("types") instanceof List<?> kinds
                ? kinds.stream().map(kind -> SearchType.valueOf(String.valueOf(kind))).toList()
                : null;
        var request = Search.request((String) arguments.get("text"), types, PageArgs.of(arguments));
        return new Planned(Search.statement(model, request, selection), request.page());
    }
}
