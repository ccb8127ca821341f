package nl.veiligegemeente.publishing.write;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.graph.model.NodeType;

/**
 * A node as a mutation found it, under its write lock: its properties and links (empty when it
 * does not exist yet), and which of the referenced targets exist, with their owners.
 */
public record NodeState(String label, String id, Map<String, Object> properties, Map<String, Set<String>> links,
        Map<String, Map<String, String>> found) {

    static NodeState from(String label, String id, Value value) {
        var properties = value.get("properties");
        var found = new HashMap<String, Map<String, String>>();
        value.get("found").asMap(list -> list.asList(item -> item)).forEach((field, items) -> {
            var owners = new HashMap<String, String>();
            items.forEach(item -> owners.put(item.get("key").asString(), item.get("owner").asString(null)));
            found.put(field, owners);
        });
        return new NodeState(label, id, properties.isNull() ? null : properties.asMap(),
                value.get("links").asMap(keys -> keys.isNull() ? Set.<String>of() : Set.copyOf(keys.asList(Value::asString))),
                found);
    }

    public boolean exists() {
        return properties != null;
    }

    public boolean retracted() {
        return exists() && properties.get(NodeType.RETRACTED_AT) != null;
    }

    /** The node's version; 0 for a node that does not exist or was written before versions. */
    public int version() {
        var version = exists() ? (Number) properties.get("version") : null;
        return version == null ? 0 : version.intValue();
    }

    public Object property(String name) {
        return exists() ? properties.get(name) : null;
    }

    public Set<String> links(String field) {
        return links.getOrDefault(field, Set.of());
    }

    /** The key of the single node a to-one link leads to, or null. */
    public String linked(String field) {
        var keys = links(field);
        return keys.isEmpty() ? null : keys.iterator().next();
    }

    /** {@link ErrorCode#NOT_FOUND} unless the node exists and is not retracted. */
    public NodeState requirePublished() {
        if (!exists()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no " + Nouns.of(label) + " '" + id + "'.");
        }
        if (retracted()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "The " + Nouns.of(label) + " '" + id + "' was retracted on "
                    + properties.get(NodeType.RETRACTED_AT) + "; publish it again to change it.");
        }
        return this;
    }

    /** {@link ErrorCode#VERSION_CONFLICT} when the node is no longer at the version the client based its change on. */
    public NodeState requireVersion(int expected) {
        if (version() != expected) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT, "This change is based on version " + expected
                    + " of " + Nouns.of(label) + " '" + id + "', which is at version " + version()
                    + " now: read it again, then make the change on version " + version() + ".");
        }
        return this;
    }

    /** A node the same as this one except for the given properties (which may be null: unchanged). */
    public Target patched(Map<String, Object> given) {
        var properties = new HashMap<String, Object>();
        given.forEach((name, value) -> {
            if (value != null) {
                properties.put(name, value);
            }
        });
        return new Target(properties, Map.of());
    }
}
