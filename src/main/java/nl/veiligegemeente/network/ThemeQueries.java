package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find themes. */
@GraphQLApi
public class ThemeQueries {

    private final GraphReads reads;

    ThemeQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One theme by id; null when there is none.")
    public Theme theme(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.THEME, id, Theme.class);
    }

    @Query
    @NonNull
    @Description("All themes, ordered by name.")
    public Connection<Theme> themes() {
        return reads.page(NetworkModel.THEME, Theme.class);
    }
}
