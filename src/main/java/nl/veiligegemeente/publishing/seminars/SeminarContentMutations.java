package nl.veiligegemeente.publishing.seminars;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.network.Organisation;
import nl.veiligegemeente.network.Seminar;
import nl.veiligegemeente.network.Session;
import nl.veiligegemeente.network.Speaker;
import nl.veiligegemeente.publishing.Inputs;
import nl.veiligegemeente.publishing.write.Properties;
import nl.veiligegemeente.publishing.write.SeminarContent;
import nl.veiligegemeente.publishing.write.Writables;

/** The GraphQL mutations through which editors maintain seminars, sessions, speakers and organisations. */
@GraphQLApi
public class SeminarContentMutations {

    private final Inputs inputs;
    private final SeminarContent content;
    private final Writables writables;
    private final GraphReads reads;

    SeminarContentMutations(Inputs inputs, SeminarContent content, Writables writables, GraphReads reads) {
        this.inputs = inputs;
        this.content = content;
        this.writables = writables;
        this.reads = reads;
    }

    @Mutation
    @NonNull
    @Description("Saves a seminar: creates it, or replaces it by id. Needs an editor or admin token.")
    public SeminarPayload saveSeminar(@NonNull @Description("The whole seminar.") SaveSeminarInput input) {
        input = inputs.check(input);
        var properties = Properties.of(writables.seminar, "title", input.title().strip(), "date", input.date(),
                "description", input.description(), "url", input.url());
        var id = content.save("saveSeminar", writables.seminar, input.id(), input.title() + " " + input.date(), null,
                properties, Map.of("organisers", list(input.organiserIds()), "contributors", list(input.contributorIds()),
                        "themes", list(input.themeIds())));
        return new SeminarPayload(id, reads.oneUnder("seminar", NetworkModel.SEMINAR, id, Seminar.class));
    }

    @Mutation
    @NonNull
    @Description("Saves a session of a seminar: creates it, or replaces it by id. Needs an editor or admin token.")
    public SessionPayload saveSession(@NonNull @Description("The whole session.") SaveSessionInput input) {
        input = inputs.check(input);
        var properties = Properties.of(writables.session, "title", input.title().strip(),
                "abstract", input.abstractText());
        var id = content.save("saveSession", writables.session, input.id(), input.title(), input.seminarId(), properties,
                Map.of("seminar", List.of(input.seminarId()), "speakers", list(input.speakerIds()),
                        "approaches", list(input.approachIds()), "themes", list(input.themeIds())));
        return new SessionPayload(id, reads.oneUnder("session", NetworkModel.SESSION, id, Session.class));
    }

    @Mutation
    @NonNull
    @Description("Saves a speaker: creates them, or replaces them by id. Needs an editor or admin token.")
    public SpeakerPayload saveSpeaker(@NonNull @Description("The whole speaker.") SaveSpeakerInput input) {
        input = inputs.check(input);
        var properties = Properties.of(writables.speaker, "name", input.name().strip(), "role", input.role());
        var id = content.save("saveSpeaker", writables.speaker, input.id(), input.name(), null, properties,
                Map.of("organisation", input.organisationId() == null ? List.of() : List.of(input.organisationId())));
        return new SpeakerPayload(id, reads.oneUnder("speaker", NetworkModel.SPEAKER, id, Speaker.class));
    }

    @Mutation
    @NonNull
    @Description("Saves an organisation: creates it, or replaces it by id. Needs an editor or admin token.")
    public OrganisationPayload saveOrganisation(@NonNull @Description("The whole organisation.") SaveOrganisationInput input) {
        input = inputs.check(input);
        var id = content.save("saveOrganisation", writables.organisation, input.id(), input.name(), null,
                Properties.of(writables.organisation, "name", input.name().strip(), "kind", input.kind()), Map.of());
        return new OrganisationPayload(id, reads.oneUnder("organisation", NetworkModel.ORGANISATION, id,
                Organisation.class));
    }

    private static List<String> list(List<String> keys) {
        return keys == null ? List.of() : keys;
    }
}
