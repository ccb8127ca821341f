package nl.veiligegemeente.publishing.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;

import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.Paths;

/**
 * The Cypher of the writes, built with Cypher-DSL from the model: labels and relationship types
 * come from {@link Writable}, every value a client sends is a parameter.
 */
final class Statements {

    /** Set and removed again at once: takes the node's write lock before its state is read. */
    private static final String LOCK = "_lock";

    private Statements() {
    }

    /** The nodes whose ids a generated id could collide with: {@code base} and {@code base-N}. */
    static Statement idCandidates(Writable writable, String base) {
        var n = Cypher.node(writable.label()).named("n");
        var id = n.property(writable.type().key());
        return Cypher.match(n)
                .where(id.isEqualTo(Cypher.anonParameter(base)).or(id.startsWith(Cypher.anonParameter(base + "-"))))
                .returning(Cypher.mapOf("id", id, "name", n.property(writable.nameProperty()), "owner", owner(writable, n)))
                .build();
    }

    /**
     * The node under its write lock, so that what is read stays true until the commit: its
     * properties (null when it does not exist), the keys of its links, and for each referenced
     * field the targets that exist (and are not retracted), with their owners.
     */
    static Statement state(Writable writable, String id, Map<String, ? extends Collection<String>> references) {
        var n = Cypher.node(writable.label()).named("n");
        var links = new ArrayList<>();
        writable.links().values().forEach(link -> {
            var target = Cypher.node(link.target().label()).named("l_" + link.field());
            links.add(link.field());
            links.add(Cypher.listBasedOn(related(n, link.hop(), target))
                    .returning(target.property(link.target().key())));
        });
        var found = new ArrayList<>();
        references.forEach((field, keys) -> {
            found.add(field);
            found.add(Cypher.collect(existing(writable.link(field), List.copyOf(keys))));
        });
        return Cypher.optionalMatch(n.withProperties(writable.type().key(), Cypher.anonParameter(id)))
                .set(n.property(LOCK).to(Cypher.literalTrue()))
                .remove(n.property(LOCK))
                .returning(Cypher.mapOf(
                        "properties", n.project(Cypher.asterisk()),
                        "links", Cypher.mapOf(links.toArray()),
                        "found", Cypher.mapOf(found.toArray())))
                .build();
    }

    /** Of the given keys, the targets that exist and are visible, each with the key of its owner (for scoped links). */
    private static Statement existing(Link link, List<String> keys) {
        var target = Cypher.node(link.target().label()).named("t_" + link.field());
        var key = target.property(link.target().key());
        var visible = link.target().retractable() ? target.property(NodeType.RETRACTED_AT).isNull() : Cypher.noCondition();
        var match = Cypher.match(target).where(key.in(Cypher.anonParameter(keys)).and(visible));
        if (!link.scoped()) {
            return match.returning(Cypher.mapOf("key", key, "owner", Cypher.literalNull())).build();
        }
        var hops = link.scope().path();
        var reached = new ArrayList<Node>();
        hops.forEach(hop -> reached.add(Cypher.node(hop.label())));
        var owner = Cypher.node(link.scopeOwner().label()).named("o_" + link.field());
        reached.set(hops.size() - 1, owner);
        return match.optionalMatch(Paths.along(target, hops, reached))
                .returning(Cypher.mapOf("key", key, "owner", owner.property(link.scopeOwner().key())))
                .build();
    }

    /** Sets (or, for null values, removes) the given properties of an existing node. */
    static Statement setProperties(Writable writable, String id, Map<String, Object> properties) {
        var n = Cypher.node(writable.label()).named("n");
        return Cypher.merge(n.withProperties(writable.type().key(), Cypher.anonParameter(id)))
                .mutate(n, Cypher.anonParameter(properties))
                .build();
    }

    /**
     * Creates the node with the given properties. Unlike a merge, this fails when another
     * transaction created a node with the same id in the meantime, instead of writing over it.
     */
    static Statement create(Writable writable, String id, Map<String, Object> properties) {
        var n = Cypher.node(writable.label()).named("n");
        return Cypher.create(n.withProperties(writable.type().key(), Cypher.anonParameter(id)))
                .mutate(n, Cypher.anonParameter(properties))
                .build();
    }

    /** Makes the given keys the complete set of targets of one link of the node. */
    static Statement replaceLink(Writable writable, String id, Link link, Collection<String> keys) {
        var n = Cypher.node(writable.label()).named("n");
        var old = Cypher.node(link.target().label()).named("old");
        var oldRelationship = related(n, link.hop(), old).named("r");
        var key = Cypher.name("key");
        var target = Cypher.node(link.target().label()).named("target");
        var targetKey = link.target().key();
        var keysParameter = Cypher.anonParameter(List.copyOf(keys));
        return Cypher.match(n.withProperties(writable.type().key(), Cypher.anonParameter(id)))
                .optionalMatch(oldRelationship)
                .where(old.property(targetKey).in(keysParameter).not())
                .delete(oldRelationship)
                .withDistinct(n)
                .unwind(keysParameter).as(key)
                .match(target.withProperties(targetKey, key))
                .merge(related(n, link.hop(), target))
                .build();
    }

    /** The key of one node of a type, when it exists. */
    static Statement exists(NodeType type, String key) {
        var n = Cypher.node(type.label()).named("n");
        return Cypher.match(n.withProperties(type.key(), Cypher.anonParameter(key)))
                .returning(n.property(type.key()))
                .build();
    }

    private static Relationship related(Node from, Hop hop, Node to) {
        return hop.direction() == Hop.Direction.OUTGOING ? from.relationshipTo(to, hop.type())
                : from.relationshipFrom(to, hop.type());
    }

    private static Expression owner(Writable writable, Node n) {
        if (writable.ownerField() == null) {
            return Cypher.literalNull();
        }
        var link = writable.link(writable.ownerField());
        var owner = Cypher.node(link.target().label()).named("owner");
        return Cypher.head(Cypher.listBasedOn(related(n, link.hop(), owner))
                .returning(owner.property(link.target().key())));
    }
}
