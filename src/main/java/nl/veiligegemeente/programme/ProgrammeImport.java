package nl.veiligegemeente.programme;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.api.RejectedItems;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.ReadConsistency;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Inputs;
import nl.veiligegemeente.publishing.Permissions;
import nl.veiligegemeente.publishing.accounts.Principal;
import nl.veiligegemeente.publishing.journal.Action;
import nl.veiligegemeente.publishing.write.NodeChanges;
import nl.veiligegemeente.publishing.write.Properties;
import nl.veiligegemeente.publishing.write.Slugs;
import nl.veiligegemeente.publishing.write.Target;
import nl.veiligegemeente.publishing.write.Writables;
import nl.veiligegemeente.publishing.write.WriteRequest;

/**
 * Imports a seminar's programme from a conference tool's export: every session and speaker checked
 * first (the rules of {@code saveSession} and {@code saveSpeaker}; each refused item named), speakers
 * matched to the network's by name and created otherwise, then every session and speaker written in
 * one transaction, journaled like the mutations, or nothing. The same file again changes nothing.
 */
@ApplicationScoped
public class ProgrammeImport {

    /** The mutation the journal names for every change an import makes. */
    static final String MUTATION = "importProgramme";

    private static final Graph.Rendered NAMES = Graph.Rendered.ofFile("/programme/names.cypher");

    private final Caller caller;
    private final Inputs inputs;
    private final NodeChanges changes;
    private final Writables writables;
    private final Graph graph;
    private final ReadConsistency consistency;
    private final int maxSessions;

    ProgrammeImport(Caller caller, Inputs inputs, NodeChanges changes, Writables writables, Graph graph,
            ReadConsistency consistency, @ConfigProperty(name = "vgn.programme.import.max-sessions") int maxSessions) {
        this.caller = caller;
        this.inputs = inputs;
        this.changes = changes;
        this.writables = writables;
        this.graph = graph;
        this.consistency = consistency;
        this.maxSessions = maxSessions;
    }

    /** {@link ErrorCode#FORBIDDEN} unless the caller is an editor or admin. */
    void authorise() {
        Permissions.checkSeminarContent(caller.principal(), "seminar programmes");
    }

    /** Imports the export's programme into the seminar, or with {@code dryRun} only says what an import would change. */
    ProgrammeImportSummary importFile(String seminarId, byte[] file, ProgrammeFormat named, boolean dryRun) {
        authorise();
        if (!changes.exists(NetworkModel.SEMINAR, seminarId)) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no seminar '" + seminarId
                    + "'; create it with saveSeminar before importing its programme.");
        }
        var programme = ProgrammeFile.read(file, named, maxSessions);
        var errors = new ArrayList<>(programme.errors());
        var talks = checkedTalks(programme.talks(), errors);
        var people = checkedPeople(talks, errors);
        if (!errors.isEmpty()) {
            throw new RejectedItems(errors);
        }
        var plan = plan(seminarId, talks, people);
        var outcomes = changes.writeInOrder(plan.steps(), !dryRun);
        return summary(dryRun, programme, seminarId, plan, outcomes);
    }

    /** The talks with their texts as they are stored, or their errors; keys and titles once per file. */
    private List<Programme.Talk> checkedTalks(List<Programme.Talk> talks, List<RejectedItems.Item> errors) {
        var checked = new ArrayList<Programme.Talk>();
        var byKey = new HashMap<String, String>();
        var byTitle = new HashMap<String, String>();
        for (var talk : talks) {
            var item = talk.item();
            try {
                var texts = inputs.check(new ImportedTexts.SessionTexts(talk.title(), talk.abstractText(), talk.room()));
                if (talk.key() == null || talk.key().isBlank()) {
                    throw ApiException.validation("has no id.");
                }
                refuseTwice(byKey, talk.key(), item, "has the id of ");
                refuseTwice(byTitle, texts.title(), item, "has the title of ");
                if (talk.endsAt() != null && (talk.startsAt() == null || talk.endsAt().isBefore(talk.startsAt()))) {
                    throw ApiException.validation("ends at " + talk.endsAt() + ", "
                            + (talk.startsAt() == null ? "but has no start." : "before it starts at " + talk.startsAt() + "."));
                }
                checked.add(new Programme.Talk(talk.key(), texts.title(), texts.abstractText(), talk.startsAt(),
                        talk.endsAt(), texts.room(), talk.speakers()));
            } catch (ApiException refused) {
                errors.add(new RejectedItems.Item(item, refused.getMessage()));
            }
        }
        return checked;
    }

    /** A session's title identifies it within its seminar, so two sessions of one file may not share one (nor an id). */
    private static void refuseTwice(Map<String, String> seen, String value, String item, String what) {
        var earlier = seen.putIfAbsent(value, item);
        if (earlier != null) {
            throw ApiException.validation(what + earlier + " too; each session of the file needs its own.");
        }
    }

    /** The speakers of the talks, once each by their key in the export, with their texts as they are stored. */
    private Map<String, Programme.Person> checkedPeople(List<Programme.Talk> talks, List<RejectedItems.Item> errors) {
        var people = new LinkedHashMap<String, Programme.Person>();
        for (var person : talks.stream().flatMap(talk -> talk.speakers().stream()).toList()) {
            if (people.containsKey(person.key())) {
                continue;
            }
            try {
                var texts = inputs.check(new ImportedTexts.SpeakerTexts(person.name(), person.role(), person.organisation()));
                people.put(person.key(), new Programme.Person(person.key(), texts.name(), texts.role(), texts.organisation()));
            } catch (ApiException refused) {
                errors.add(new RejectedItems.Item(person.item(), refused.getMessage()));
            }
        }
        return people;
    }

    /** The writes of the import: first every speaker (matched by name, or new), then every session. */
    private Plan plan(String seminarId, List<Programme.Talk> talks, Map<String, Programme.Person> people) {
        var who = caller.principal();
        var network = graph.read(NAMES).get(0);
        var speakers = new Names();
        network.get("speakers").asList(node -> node)
                .forEach(node -> speakers.add(node.get("id").asString(), node.get("name").asString(null)));
        var organisations = new Names();
        network.get("organisations").asList(node -> node)
                .forEach(node -> organisations.add(node.get("id").asString(), node.get("name").asString(null)));

        var steps = new ArrayList<Function<List<NodeChanges.Outcome>, WriteRequest>>();
        var stepOfName = new HashMap<String, Integer>();
        var stepOfKey = new HashMap<String, Integer>();
        var matched = new LinkedHashSet<String>();
        var unmatchedOrganisations = new LinkedHashSet<String>();
        var errors = new ArrayList<RejectedItems.Item>();
        for (var person : people.values()) {
            var step = stepOfName.get(Names.normalised(person.name()));
            if (step == null) {
                var organisation = person.organisation() == null ? List.<String>of() : organisations.ids(person.organisation());
                if (person.organisation() != null && organisation.isEmpty()) {
                    unmatchedOrganisations.add(person.organisation());
                }
                var existing = speakers.ids(person.name());
                if (existing.size() > 1 || organisation.size() > 1) {
                    errors.add(new RejectedItems.Item(person.item(), "matches more than one "
                            + (existing.size() > 1 ? "speaker: " + existing : "organisation: " + organisation)
                            + "; give them names that tell them apart."));
                    continue;
                }
                if (existing.size() == 1) {
                    matched.add(existing.get(0));
                }
                step = steps.size();
                var request = speaker(who, person, existing.isEmpty() ? null : existing.get(0),
                        organisation.isEmpty() ? null : organisation.get(0));
                steps.add(earlier -> request);
                stepOfName.put(Names.normalised(person.name()), step);
            }
            stepOfKey.put(person.key(), step);
        }
        if (!errors.isEmpty()) {
            throw new RejectedItems(errors);
        }
        var firstSession = steps.size();
        talks.forEach(talk -> steps.add(earlier -> session(who, seminarId, talk,
                talk.speakers().stream().map(person -> earlier.get(stepOfKey.get(person.key())).id()).distinct().toList())));
        return new Plan(steps, firstSession, List.copyOf(matched), List.copyOf(unmatchedOrganisations));
    }

    /**
     * A speaker of the network, given the role and organisation the export names (what it leaves out
     * stays as it is), or a new speaker with the export's name.
     */
    private WriteRequest speaker(Principal who, Programme.Person person, String id, String organisationId) {
        var properties = new HashMap<String, Object>();
        if (person.role() != null) {
            properties.put("role", person.role());
        }
        var links = organisationId == null ? Map.<String, List<String>>of() : Map.of("organisation", List.of(organisationId));
        if (id != null) {
            return WriteRequest.existing(who, MUTATION, writables.speaker, id, links,
                    state -> Target.replacing(properties, links));
        }
        return new WriteRequest(who, MUTATION, writables.speaker, null,
                new WriteRequest.NewId(Slugs.of(person.name(), "speaker"), person.name(), null), links,
                state -> Target.replacing(Properties.of(writables.speaker, "name", person.name(), "role", person.role()), links));
    }

    /** The session of the seminar with the talk's title: its texts, times and room, and exactly the talk's speakers. */
    private WriteRequest session(Principal who, String seminarId, Programme.Talk talk, List<String> speakerIds) {
        var properties = Properties.of(writables.session, "title", talk.title(), "abstract", talk.abstractText(),
                "startsAt", zoned(talk.startsAt()), "endsAt", zoned(talk.endsAt()), "room", talk.room());
        var links = Map.of("seminar", List.of(seminarId), "speakers", speakerIds);
        return new WriteRequest(who, MUTATION, writables.session, null,
                new WriteRequest.NewId(Slugs.of(talk.title(), "session"), talk.title(), seminarId), links,
                state -> Target.replacing(properties, links));
    }

    /** As the driver hands a stored date-time back, so that an unchanged time compares equal. */
    private static ZonedDateTime zoned(OffsetDateTime time) {
        return time == null ? null : time.toZonedDateTime();
    }

    private ProgrammeImportSummary summary(boolean dryRun, Programme programme, String seminarId, Plan plan,
            List<NodeChanges.Outcome> outcomes) {
        var speakers = outcomes.subList(0, plan.firstSession());
        var sessions = outcomes.subList(plan.firstSession(), outcomes.size());
        return new ProgrammeImportSummary(dryRun, programme.format().name().toLowerCase(Locale.ROOT), seminarId,
                new ProgrammeImportSummary.Sessions(ids(sessions, Action.CREATED), ids(sessions, Action.UPDATED),
                        ids(sessions, null)),
                new ProgrammeImportSummary.Speakers(ids(speakers, Action.CREATED), ids(speakers, Action.UPDATED),
                        ids(speakers, null), plan.matchedSpeakers()),
                programme.skipped(), plan.unmatchedOrganisations(), dryRun ? null : consistency.token());
    }

    /** The ids of the nodes whose change was this action; with null, of those left unchanged. */
    private static List<String> ids(List<NodeChanges.Outcome> outcomes, Action action) {
        return outcomes.stream()
                .filter(outcome -> outcome.record().map(record -> record.action() == action).orElse(action == null))
                .map(NodeChanges.Outcome::id)
                .toList();
    }

    /** The import's writes in order (speakers before {@code firstSession}, then sessions) and what matching found. */
    private record Plan(List<Function<List<NodeChanges.Outcome>, WriteRequest>> steps, int firstSession,
            List<String> matchedSpeakers, List<String> unmatchedOrganisations) {
    }
}
