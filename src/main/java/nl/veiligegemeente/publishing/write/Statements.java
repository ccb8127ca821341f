package nl.veiligegemeente.publishing.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;

import nl.veiligegemeente.graph.Graph.Rendered;
import nl.veiligegemeente.graph.StatementShapes;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.Paths;
import nl.veiligegemeente.publishing.journal.Journal;
import nl.veiligegemeente.publishing.journal.JournalRecord;

/**
 * The Cypher of the writes, built with Cypher-DSL from the model: labels and relationship types
 * come from {@link Writable}, every value a client sends is a parameter. Each statement is rendered
 * once per shape (the writable type and the fields it touches) and then run with new values.
 */
final class Statements {

    /** Set and removed again at once: takes the node's write lock before its state is read. */
    private static final String LOCK = "_lock";
    private static final String ID = "id";

    private static final StatementShapes SHAPES = new StatementShapes();

    private Statements() {
    }

    /** The nodes whose ids a generated id could collide with: {@code base} and {@code base-N}. */
    static Rendered idCandidates(Writable writable, String base) {
        return SHAPES.with(List.of("idCandidates", writable.label()), () -> idCandidates(writable),
                Map.of("base", base, "numbered", base + "-"));
    }

    private static Statement idCandidates(Writable writable) {
        var n = Cypher.node(writable.label()).named("n");
        var id = n.property(writable.type().key());
        return Cypher.match(n)
                .where(id.isEqualTo(Cypher.parameter("base")).or(id.startsWith(Cypher.parameter("numbered"))))
                .returning(Cypher.mapOf("id", id, "name", n.property(writable.nameProperty()), "owner", owner(writable, n)))
                .build();
    }

    /**
     * The node under its write lock, so that what is read stays true until the commit: its
     * properties (null when it does not exist), the keys of its links, and for each referenced
     * field the targets that exist (and are not retracted), with their owners.
     */
    static Rendered state(Writable writable, String id, Map<String, ? extends Collection<String>> references) {
        var fields = new TreeSet<>(references.keySet());
        var parameters = new HashMap<String, Object>();
        parameters.put(ID, id);
        references.forEach((field, keys) -> parameters.put(keysOf(field), List.copyOf(keys)));
        return SHAPES.with(List.of("state", writable.label(), fields), () -> state(writable, fields), parameters);
    }

    private static Statement state(Writable writable, Set<String> referencedFields) {
        var n = Cypher.node(writable.label()).named("n");
        var links = new ArrayList<>();
        writable.links().values().forEach(link -> {
            var target = Cypher.node(link.target().label()).named("l_" + link.field());
            links.add(link.field());
            links.add(Cypher.listBasedOn(related(n, link.hop(), target))
                    .returning(target.property(link.target().key())));
        });
        var found = new ArrayList<>();
        referencedFields.forEach(field -> {
            found.add(field);
            found.add(Cypher.collect(existing(writable.link(field))));
        });
        return Cypher.optionalMatch(n.withProperties(writable.type().key(), Cypher.parameter(ID)))
                .set(n.property(LOCK).to(Cypher.literalTrue()))
                .remove(n.property(LOCK))
                .returning(Cypher.mapOf(
                        "properties", n.project(Cypher.asterisk()),
                        "links", Cypher.mapOf(links.toArray()),
                        "found", Cypher.mapOf(found.toArray())))
                .build();
    }

    /** Of the keys given for the field, the targets that exist and are visible, each with the key of its owner (for scoped links). */
    private static Statement existing(Link link) {
        var target = Cypher.node(link.target().label()).named("t_" + link.field());
        var key = target.property(link.target().key());
        var visible = link.target().retractable() ? target.property(NodeType.RETRACTED_AT).isNull() : Cypher.noCondition();
        var match = Cypher.match(target).where(key.in(Cypher.parameter(keysOf(link.field()))).and(visible));
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

    /**
     * The whole change in one statement: creates the node with the given properties (or sets them
     * on the existing node; null values remove), makes the given keys the complete set of targets
     * of each changed link, and puts the change's journal entry in the outbox. Unlike a merge, a
     * create fails when another transaction created a node with the same id in the meantime,
     * instead of writing over it.
     */
    static Rendered write(Writable writable, String id, boolean create, Map<String, Object> properties,
            Map<String, Set<String>> links, JournalRecord entry) {
        var fields = new TreeSet<>(links.keySet());
        var parameters = new HashMap<String, Object>();
        parameters.put(ID, id);
        parameters.put("properties", properties);
        parameters.put("entry", entry.toProperties());
        links.forEach((field, keys) -> parameters.put(keysOf(field), List.copyOf(keys)));
        return SHAPES.with(List.of("write", writable.label(), create, fields), () -> write(writable, create, fields),
                parameters);
    }

    private static Statement write(Writable writable, boolean create, Set<String> linkFields) {
        var n = Cypher.node(writable.label()).named("n");
        var identified = n.withProperties(writable.type().key(), Cypher.parameter(ID));
        StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere written = (create ? Cypher.create(identified)
                : Cypher.match(identified))
                .mutate(n, Cypher.parameter("properties"))
                .with(n);
        for (var field : linkFields) {
            written = written.call(replaceLink(n, writable.link(field)), n).with(n);
        }
        var entry = Journal.outboxEntry();
        return written.create(entry).set(entry, Cypher.parameter("entry")).build();
    }

    /** Makes the keys given for the link the complete set of the node's targets, as a subquery of the node. */
    private static Statement replaceLink(Node n, Link link) {
        var old = Cypher.node(link.target().label()).named("old");
        var oldRelationship = related(n, link.hop(), old).named("r");
        var key = Cypher.name("key");
        var target = Cypher.node(link.target().label()).named("target");
        var targetKey = link.target().key();
        var keys = Cypher.parameter(keysOf(link.field()));
        return Cypher.optionalMatch(oldRelationship)
                .where(old.property(targetKey).in(keys).not())
                .delete(oldRelationship)
                .withDistinct(n)
                .unwind(keys).as(key)
                .match(target.withProperties(targetKey, key))
                .merge(related(n, link.hop(), target))
                .build();
    }

    /** The key of one node of a type, when it exists. */
    static Rendered exists(NodeType type, String key) {
        return SHAPES.with(List.of("exists", type.label()), () -> {
            var n = Cypher.node(type.label()).named("n");
            return Cypher.match(n.withProperties(type.key(), Cypher.parameter(ID)))
                    .returning(n.property(type.key()))
                    .build();
        }, Map.of(ID, key));
    }

    /** The parameter with the keys a mutation sends for one link. */
    private static String keysOf(String field) {
        return "keys_" + field;
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
