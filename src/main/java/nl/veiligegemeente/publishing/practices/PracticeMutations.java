package nl.veiligegemeente.publishing.practices;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.network.Practice;
import nl.veiligegemeente.publishing.Inputs;
import nl.veiligegemeente.publishing.write.MunicipalContent;
import nl.veiligegemeente.publishing.write.Properties;
import nl.veiligegemeente.publishing.write.Writables;

/** The GraphQL mutations through which a municipality shares practices and lessons learned. */
@GraphQLApi
public class PracticeMutations {

    private final Inputs inputs;
    private final MunicipalContent content;
    private final Writables writables;
    private final GraphReads reads;

    PracticeMutations(Inputs inputs, MunicipalContent content, Writables writables, GraphReads reads) {
        this.inputs = inputs;
        this.content = content;
        this.writables = writables;
        this.reads = reads;
    }

    @Mutation
    @NonNull
    @Description("Shares a practice of your municipality: creates it, or replaces it by id (sharing a retracted one again). "
            + "Needs a publisher token of the municipality, or an admin token.")
    public PracticePayload sharePractice(@NonNull @Description("The whole practice.") SharePracticeInput input) {
        input = inputs.check(input);
        var properties = Properties.of(writables.practice, "title", input.title().strip(), "description", input.description(),
                "lessons", input.lessons());
        Map<String, List<String>> links = Map.of(
                "approach", input.approachId() == null ? List.of() : List.of(input.approachId()),
                "seminars", input.seminarIds() == null ? List.of() : input.seminarIds());
        return payload(content.publish("sharePractice", writables.practice, input.id(), input.municipalityCode(),
                input.title().strip(), properties, links));
    }

    @Mutation
    @NonNull
    @Description("Changes fields of a shared practice, if it is still at expectedVersion; otherwise VERSION_CONFLICT and nothing changes.")
    public PracticePayload updatePractice(@NonNull @Id @Description("The practice's id (global) or slug.") String id,
            @NonNull @Description("The version your change is based on.") int expectedVersion,
            @NonNull @Description("The fields to change.") UpdatePracticeInput input) {
        input = inputs.check(input);
        var properties = Properties.of(writables.practice, "title", input.title() == null ? null : input.title().strip(),
                "description", input.description(), "lessons", input.lessons());
        return payload(content.update("updatePractice", writables.practice, id, expectedVersion, properties));
    }

    @Mutation
    @NonNull
    @Description("Retracts a practice: hidden from every public read, kept in the graph and the journal.")
    public PracticePayload retractPractice(@NonNull @Id @Description("The practice's id (global) or slug.") String id) {
        return payload(content.retract("retractPractice", writables.practice, id));
    }

    private PracticePayload payload(String id) {
        return new PracticePayload(id, reads.oneUnder("practice", NetworkModel.PRACTICE, id, Practice.class));
    }
}
