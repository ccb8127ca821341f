package nl.veiligegemeente.publishing.write;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Permissions;

/** Editing seminar content (seminars, sessions, speakers, organisations): editors and admins only. */
@ApplicationScoped
public class SeminarContent {

    private final Caller caller;
    private final NodeChanges changes;

    SeminarContent(Caller caller, NodeChanges changes) {
        this.caller = caller;
        this.changes = changes;
    }

    /**
     * Creates the node, or replaces it by id with exactly these properties and links. Without an id,
     * the id is the slug of {@code slugSource}; a node with the same name and owner is the same node.
     */
    public String save(String mutation, Writable writable, String id, String slugSource, String owner,
            Map<String, Object> properties, Map<String, ? extends Collection<String>> links) {
        var who = caller.principal();
        var noun = Nouns.of(writable.label());
        Permissions.checkSeminarContent(who, noun + "s");
        var name = (String) properties.get(writable.nameProperty());
        var newId = new WriteRequest.NewId(Slugs.of(slugSource, noun), name, owner);
        return changes.write(new WriteRequest(who, mutation, writable, id, newId, links,
                state -> Target.replacing(properties, links)));
    }
}
