package nl.veiligegemeente.publishing.write;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;

/**
 * A node type that mutations write: the property that names a node (for generated ids and the
 * journal), the link to its owner (its municipality, or a session's seminar), if any, and the
 * relations a mutation may set.
 */
public record Writable(NodeType type, String nameProperty, String ownerField, boolean ownedByMunicipality,
        Map<String, Link> links) {

    public Writable {
        links = Map.copyOf(links);
        if (ownerField != null && !links.containsKey(ownerField)) {
            throw new IllegalArgumentException("The owner of " + type.label() + " must be one of its links");
        }
        checkProperties(type, Set.of(nameProperty));
    }

    /** Starts the description of a writable type of the model. */
    public static Builder of(GraphModel model, NodeType type, String nameProperty) {
        return new Builder(model, type, nameProperty);
    }

    public String label() {
        return type.label();
    }

    /**
     * Refuses property names the model does not declare for this type (its key is the node's id,
     * not a property a mutation writes; {@code retractedAt} belongs to retractable types): a typo
     * in a mutation is a programming error, not a new property.
     */
    public void checkProperties(Collection<String> names) {
        checkProperties(type, names);
    }

    private static void checkProperties(NodeType type, Collection<String> names) {
        for (var name : names) {
            var declared = name.equals(NodeType.RETRACTED_AT) ? type.retractable()
                    : type.hasProperty(name) && !name.equals(type.key());
            if (!declared) {
                throw new IllegalArgumentException(
                        type.label() + " declares no property '" + name + "' that mutations write");
            }
        }
    }

    public Link link(String field) {
        var link = links.get(field);
        if (link == null) {
            throw new IllegalArgumentException(label() + "." + field + " is not writable");
        }
        return link;
    }

    /** Builds a writable type from the relations of the model. */
    public static final class Builder {

        private final GraphModel model;
        private final NodeType type;
        private final String nameProperty;
        private final Map<String, Link> links = new LinkedHashMap<>();
        private String ownerField;
        private boolean ownedByMunicipality;

        private Builder(GraphModel model, NodeType type, String nameProperty) {
            this.model = model;
            this.type = type;
            this.nameProperty = nameProperty;
        }

        /** The to-one relation to the owner; {@code municipality} owners decide who may write. */
        public Builder ownedThrough(String field) {
            links(field);
            ownerField = field;
            ownedByMunicipality = "Municipality".equals(links.get(field).target().label());
            return this;
        }

        public Builder links(String... fields) {
            Arrays.stream(fields).forEach(field -> add(field, null));
            return this;
        }

        /** A relation whose targets must have the same owner, found through the target's {@code scopeField}. */
        public Builder linkWithinOwner(String field, String scopeField) {
            add(field, scopeField);
            return this;
        }

        private void add(String field, String scopeField) {
            var relation = type.relation(field).orElseThrow(() -> new IllegalArgumentException(
                    type.label() + " has no relation " + field));
            var target = model.target(relation);
            var scope = scopeField == null ? null : target.relation(scopeField).orElseThrow();
            links.put(field, new Link(field, relation, target, scope, scope == null ? null : model.target(scope)));
        }

        public Writable build() {
            return new Writable(type, nameProperty, ownerField, ownedByMunicipality, links);
        }
    }
}
