package nl.veiligegemeente.graph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.NonNull;

/**
 * How the API sees one label of the graph: the GraphQL type of the same name, its unique key,
 * the record that declares its properties (and is read from rows) and which of them every node
 * has, the relations it exposes and its default order.
 *
 * <p>A retractable type hides nodes that carry {@code retractedAt} from every public read.
 */
public record NodeType(String label, String key, Class<? extends Record> record, Set<String> properties,
        Set<String> requiredProperties, Map<String, Relation> relations,
        Ordering defaultOrder, boolean retractable, ListInputs listInputs, RootFields rootFields) {

    /** The names of the root query fields that read this type: one node by key, and the list of all. */
    public record RootFields(String lookup, String list) {
    }

    /** The input types of the {@code filter} and {@code orderBy} arguments of this type's lists, where it has them. */
    public record ListInputs(Class<?> filter, Class<?> order) {

        public static final ListInputs NONE = new ListInputs(null, null);
    }

    /** The property that marks a retracted node. */
    public static final String RETRACTED_AT = "retractedAt";

    /** The GraphQL field of a node's global id, and of the readable key of types keyed by {@code id}. */
    public static final String ID = "id";
    public static final String SLUG = "slug";

    public NodeType {
        properties = Set.copyOf(properties);
        requiredProperties = Set.copyOf(requiredProperties);
        relations = Map.copyOf(relations);
    }

    public Optional<Relation> relation(String field) {
        return Optional.ofNullable(relations.get(field));
    }

    /** The relation field of this type, which the caller knows it has. */
    public Relation requiredRelation(String field) {
        return relation(field).orElseThrow(() -> new IllegalArgumentException(label + " has no relation " + field));
    }

    /**
     * The GraphQL field that shows the readable key, now that {@code id} is the global {@link NodeId}:
     * {@code slug} where the key is the node's {@code id} property, else the key itself ({@code code}).
     */
    public String keyField() {
        return key.equals(ID) ? SLUG : key;
    }

    /**
     * The key a client means by an id given for a node of this type: the key inside a global id of
     * this type, or the id itself (a slug or code, as clients sent before global ids). A global id of
     * another type is returned as it is and so matches no node.
     */
    public Object keyOf(Object id) {
        if (id instanceof String text) {
            var global = NodeId.decode(text);
            if (global.isPresent() && global.get().label().equals(label)) {
                return global.get().key();
            }
        }
        return id;
    }

    public boolean hasProperty(String name) {
        return properties.contains(name);
    }

    /** Whether every node of this type has the property: its record declares it {@code @NonNull}. */
    public boolean requires(String name) {
        return requiredProperties.contains(name);
    }

    /** The order a client asked for: by one field, then by key. Without a field, the default order. */
    public Ordering ordering(OrderField field, boolean descending) {
        if (field == null) {
            return defaultOrder;
        }
        return Ordering.of(label + "." + field.property() + (descending ? ".desc" : ".asc"), key,
                new SortKey(field.property(), descending, field.whenMissing()));
    }

    public static Builder label(String label) {
        return new Builder(label);
    }

    /** Builds a node type step by step, in the order a reader would describe it. */
    public static final class Builder {

        private final String label;
        private String key = ID;
        private Class<? extends Record> record;
        private final Map<String, Relation> relations = new LinkedHashMap<>();
        private SortKey[] order = new SortKey[0];
        private boolean retractable;
        private ListInputs listInputs = ListInputs.NONE;
        private RootFields rootFields;

        private Builder(String label) {
            this.label = label;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        /** The record whose components of value types are the type's properties (see {@link RecordProperties}). */
        public Builder record(Class<? extends Record> record) {
            this.record = record;
            return this;
        }

        public Builder orderedBy(SortKey... keys) {
            this.order = keys;
            return this;
        }

        public Builder retractable() {
            this.retractable = true;
            return this;
        }

        /** The GraphQL input types that filter and order every list of this type. */
        public Builder listedWith(Class<?> filter, Class<?> order) {
            this.listInputs = new ListInputs(filter, order);
            return this;
        }

        /** The root query fields that look one node up by key and list them all. */
        public Builder queriedAs(String lookup, String list) {
            this.rootFields = new RootFields(lookup, list);
            return this;
        }

        /** A field leading to at most one node along the path; null in GraphQL when there is none. */
        public Builder one(String field, String description, Hop... path) {
            relations.put(field, new Relation(field, description, List.of(path), false));
            return this;
        }

        /** A connection field over the nodes along the path, paged, filtered and ordered like the target's root list. */
        public Builder many(String field, String description, Hop... path) {
            relations.put(field, new Relation(field, description, List.of(path), true));
            return this;
        }

        public NodeType build() {
            if (record == null) {
                throw new IllegalStateException(label + " needs the record that declares its properties");
            }
            var declared = RecordProperties.of(record);
            var properties = declared.keySet();
            for (var property : Stream.concat(Stream.of(key), Stream.of(order).map(SortKey::property)).toList()) {
                if (!properties.contains(property)) {
                    throw new IllegalStateException(label + " uses the property " + property + ", which "
                            + record.getSimpleName() + " does not declare");
                }
            }
            var required = declared.entrySet().stream()
                    .filter(property -> property.getValue().getAccessor().isAnnotationPresent(NonNull.class))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return new NodeType(label, key, record, properties, required, relations, Ordering.of(label + ".default", key, order),
                    retractable, listInputs, rootFields);
        }
    }
}
