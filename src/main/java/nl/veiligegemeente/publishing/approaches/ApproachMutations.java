package nl.veiligegemeente.publishing.approaches;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.network.Approach;
import nl.veiligegemeente.network.ApproachStatus;
import nl.veiligegemeente.network.EvidenceLevel;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Inputs;
import nl.veiligegemeente.publishing.write.MunicipalContent;
import nl.veiligegemeente.publishing.write.Properties;
import nl.veiligegemeente.publishing.write.Writables;

/** The GraphQL mutations through which a municipality publishes and maintains its approaches. */
@GraphQLApi
public class ApproachMutations {

    private final Inputs inputs;
    private final MunicipalContent content;
    private final Writables writables;
    private final GraphReads reads;

    ApproachMutations(Inputs inputs, MunicipalContent content, Writables writables, GraphReads reads) {
        this.inputs = inputs;
        this.content = content;
        this.writables = writables;
        this.reads = reads;
    }

    @Mutation
    @NonNull
    @Description("Publishes an approach of your municipality: creates it, or replaces it by id (publishing a retracted one again). "
            + "The same input twice leaves one approach and one journal entry. Needs a publisher token of the municipality, or an admin token.")
    public ApproachPayload publishApproach(@NonNull @Description("The whole approach.") PublishApproachInput input) {
        return payload(publish(input));
    }

    /** Publishes the approach; returns its id. */
    String publish(PublishApproachInput input) {
        input = inputs.check(input);
        checkStart(input.status(), input.startedOn());
        var properties = Properties.of(writables.approach, "title", input.title().strip(), "summary", input.summary(),
                "results", input.results(), "kind", input.kind(), "status", input.status(),
                "startedOn", input.startedOn(), "contactRole", input.contactRole(),
                "evidenceLevel", input.evidenceLevel() == null ? EvidenceLevel.NOT_ASSESSED : input.evidenceLevel());
        return content.publish("publishApproach", writables.approach, input.id(), input.municipalityCode(),
                input.title().strip(), properties, links(input.areaIds(), input.themeIds(), input.targetGroupIds(), true));
    }

    @Mutation
    @NonNull
    @Description("Changes fields of a published approach, if it is still at expectedVersion; otherwise VERSION_CONFLICT and nothing changes.")
    public ApproachPayload updateApproach(@NonNull @Id @Description("The approach's id (global) or slug.") String id,
            @NonNull @Description("The version your change is based on (the approach's version when you read it).") int expectedVersion,
            @NonNull @Description("The fields to change.") UpdateApproachInput input) {
        return payload(update(id, expectedVersion, input));
    }

    /** Changes the approach if it is still at the expected version; returns its id. */
    String update(String id, int expectedVersion, UpdateApproachInput input) {
        input = inputs.check(input);
        if (input.status() != null) {
            checkStart(input.status(), input.startedOn());
        }
        var properties = Properties.of(writables.approach, "title", input.title() == null ? null : input.title().strip(),
                "summary", input.summary(), "results", input.results(), "kind", input.kind(), "status", input.status(),
                "startedOn", input.startedOn(), "evidenceLevel", input.evidenceLevel(), "contactRole", input.contactRole());
        return content.update("updateApproach", writables.approach, id, expectedVersion, properties);
    }

    @Mutation
    @NonNull
    @Description("Retracts an approach: hidden from every public read, kept in the graph and the journal. Publish it again to undo.")
    public ApproachPayload retractApproach(@NonNull @Id @Description("The approach's id (global) or slug.") String id) {
        return payload(retract(id));
    }

    /** Retracts the approach; returns its id. */
    String retract(String id) {
        return content.retract("retractApproach", writables.approach, id);
    }

    @Mutation
    @NonNull
    @Description("Links existing areas (of the approach's municipality), themes and target groups to an approach; nothing is created.")
    public ApproachPayload linkApproach(@NonNull @Id @Description("The approach's id (global) or slug.") String id,
            @NonNull @Description("What to link.") ApproachLinksInput links) {
        return payload(relink("linkApproach", id, links, true));
    }

    @Mutation
    @NonNull
    @Description("Unlinks areas, themes and target groups from an approach; the areas, themes and groups themselves stay.")
    public ApproachPayload unlinkApproach(@NonNull @Id @Description("The approach's id (global) or slug.") String id,
            @NonNull @Description("What to unlink.") ApproachLinksInput links) {
        return payload(relink("unlinkApproach", id, links, false));
    }

    /** Links ({@code add}) or unlinks; returns the approach's id. */
    String relink(String mutation, String id, ApproachLinksInput links, boolean add) {
        links = inputs.check(links);
        return content.relink(mutation, writables.approach, id,
                links(links.areaIds(), links.themeIds(), links.targetGroupIds(), false), add);
    }

    private ApproachPayload payload(String id) {
        return new ApproachPayload(id, reads.oneUnder("approach", NetworkModel.APPROACH, id, Approach.class));
    }

    /** The links by relation field; with {@code all}, a list left out means none, otherwise it is skipped. */
    private static Map<String, List<String>> links(List<String> areaIds, List<String> themeIds,
            List<String> targetGroupIds, boolean all) {
        var links = new HashMap<String, List<String>>();
        put(links, "areas", areaIds, all);
        put(links, "themes", themeIds, all);
        put(links, "targetGroups", targetGroupIds, all);
        return links;
    }

    private static void put(Map<String, List<String>> links, String field, List<String> keys, boolean all) {
        if (keys != null || all) {
            links.put(field, keys == null ? List.of() : keys);
        }
    }

    private static void checkStart(ApproachStatus status, LocalDate startedOn) {
        if (startedOn != null && startedOn.isAfter(LocalDate.now()) && status != ApproachStatus.PLANNED) {
            throw ApiException.validation("'startedOn' is " + startedOn + ", in the future, but the status is "
                    + status + ": only a PLANNED approach starts in the future.");
        }
    }
}
