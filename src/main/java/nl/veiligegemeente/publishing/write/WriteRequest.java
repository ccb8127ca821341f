package nl.veiligegemeente.publishing.write;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import nl.veiligegemeente.publishing.accounts.Principal;

/**
 * One mutation of one node: who makes it, under which mutation name, the node (by key, or a new id
 * made from {@code newId}), the keys of the targets it refers to, and the decision what the node
 * becomes, taken on the node's locked state (and free to refuse with an {@link nl.veiligegemeente.schema.ApiException}).
 */
public record WriteRequest(Principal who, String mutation, Writable writable, String id, NewId newId,
        Map<String, ? extends Collection<String>> references, Function<NodeState, Target> decide) {

    /** A node's id may be given as its global id: the request names the node by its key. */
    public WriteRequest {
        id = id == null ? null : (String) writable.type().keyOf(id);
    }

    /** How to make an id when none is given: a slug base, and the name and owner that identify the node. */
    public record NewId(String base, String name, String owner) {
    }

    /** A mutation of a node that must exist already. */
    public static WriteRequest existing(Principal who, String mutation, Writable writable, String id,
            Map<String, ? extends Collection<String>> references, Function<NodeState, Target> decide) {
        return new WriteRequest(who, mutation, writable, id, null, references, decide);
    }
}
