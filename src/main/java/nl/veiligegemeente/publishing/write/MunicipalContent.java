package nl.veiligegemeente.publishing.write;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Permissions;
import nl.veiligegemeente.publishing.accounts.Principal;

/**
 * Publishing what a municipality owns (approaches, practices): only its own publishers and admins
 * may write it, it carries a version for optimistic concurrency, and a retraction hides it while
 * keeping it in the graph.
 */
@ApplicationScoped
public class MunicipalContent {

    private static final String MUNICIPALITY = "municipality";

    private final Caller caller;
    private final NodeChanges changes;

    MunicipalContent(Caller caller, NodeChanges changes) {
        this.caller = caller;
        this.changes = changes;
    }

    /**
     * Creates the node, or replaces it by id: exactly these properties and links, published (again
     * if it was retracted). Without an id, the id is made from the title.
     */
    public String publish(String mutation, Writable writable, String id, String municipalityCode, String title,
            Map<String, Object> properties, Map<String, ? extends Collection<String>> links) {
        var who = caller.principal();
        var noun = nounOf(writable);
        Permissions.checkMunicipalityContent(who, municipalityCode, "this " + noun);
        var allLinks = new HashMap<String, Collection<String>>(links);
        allLinks.put(MUNICIPALITY, List.of(municipalityCode));
        var allProperties = new HashMap<>(properties);
        allProperties.put(NodeType.RETRACTED_AT, null);
        var newId = new WriteRequest.NewId(Slugs.of(title, noun), title, municipalityCode);
        return changes.write(new WriteRequest(who, mutation, writable, id, newId, allLinks, state -> {
            if (state.exists()) {
                checkOwner(who, state, noun);
            }
            return Target.replacing(allProperties, allLinks);
        }));
    }

    /** Changes the given (non-null) properties of a published node that is still at {@code expectedVersion}. */
    public String update(String mutation, Writable writable, String id, int expectedVersion,
            Map<String, Object> properties) {
        var who = caller.principal();
        return changes.write(WriteRequest.existing(who, mutation, writable, id, Map.of(), state -> {
            checkOwner(who, state.requirePublished(), nounOf(writable));
            return state.requireVersion(expectedVersion).patched(properties);
        }));
    }

    /** Adds ({@code add}) or removes links of a published node. */
    public String relink(String mutation, Writable writable, String id, Map<String, ? extends Collection<String>> links,
            boolean add) {
        var who = caller.principal();
        return changes.write(WriteRequest.existing(who, mutation, writable, id, links, state -> {
            checkOwner(who, state.requirePublished(), nounOf(writable));
            return Target.relinking(state, links, add);
        }));
    }

    /** Hides the node from public reads; it stays in the graph. Retracting it again changes nothing. */
    public String retract(String mutation, Writable writable, String id) {
        var who = caller.principal();
        return changes.write(WriteRequest.existing(who, mutation, writable, id, Map.of(), state -> {
            if (state.retracted()) {
                checkOwner(who, state, nounOf(writable));
                return new Target(Map.of(), Map.of());
            }
            checkOwner(who, state.requirePublished(), nounOf(writable));
            return new Target(Map.of(NodeType.RETRACTED_AT, OffsetDateTime.now()), Map.of());
        }));
    }

    private static void checkOwner(Principal who, NodeState state, String noun) {
        Permissions.checkMunicipalityContent(who, state.linked(MUNICIPALITY), noun + " '" + state.id() + "'");
    }

    private static String nounOf(Writable writable) {
        return Nouns.of(writable.label());
    }
}
