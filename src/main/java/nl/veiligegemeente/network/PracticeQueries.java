package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find practices and to follow their relations. */
@GraphQLApi
public class PracticeQueries {

    private final GraphReads reads;

    PracticeQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One practice by id; null when there is none or it was retracted.")
    public Practice practice(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.PRACTICE, id, Practice::from);
    }

    @Query
    @NonNull
    @Description("All shared practices, ordered by title.")
    public Connection<Practice> practices() {
        return reads.page(NetworkModel.PRACTICE, Practice::from);
    }

    @Description("The municipality that shared this practice.")
    public Municipality municipality(@Source Practice practice) {
        return reads.relatedOne(practice, Municipality::from);
    }

    @Description("The approach this practice comes from.")
    public Approach approach(@Source Practice practice) {
        return reads.relatedOne(practice, Approach::from);
    }

    @NonNull
    @Description("Seminars at which this practice was shared.")
    public Connection<Seminar> seminars(@Source Practice practice) {
        return reads.relatedPage(practice, Seminar::from);
    }

    @NonNull
    @Description("Documents in which this practice is described.")
    public Connection<SourceDocument> sources(@Source Practice practice) {
        return reads.relatedPage(practice, SourceDocument::from);
    }
}
