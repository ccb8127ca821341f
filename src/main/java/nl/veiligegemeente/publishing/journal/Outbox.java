package nl.veiligegemeente.publishing.journal;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.driver.Value;

import nl.veiligegemeente.graph.Graph;

/**
 * The journal's outbox in Neo4j: one {@code JournalEntry} node per committed change, written in
 * the change's own transaction, deleted once its row is in PostgreSQL. An entry PostgreSQL refuses
 * is set aside: it stays, marked with when and why, and the relay passes over it.
 */
@ApplicationScoped
class Outbox {

    private static final String LABEL = "JournalEntry";
    private static final String SET_ASIDE_AT = "setAsideAt";
    private static final String SET_ASIDE_REASON = "setAsideReason";

    private static final Graph.Rendered DELIVERED = delivered();

    private final Graph graph;

    Outbox(Graph graph) {
        this.graph = graph;
    }

    /** The oldest entries waiting to be copied (not set aside), as nodes. */
    List<Value> waiting(int limit) {
        var entry = entry();
        return graph.read(Cypher.match(entry).where(entry.property(SET_ASIDE_AT).isNull()).returning(entry)
                .orderBy(entry.property("at").ascending()).limit(limit).build());
    }

    /** Deletes the entries whose rows are now in the journal. */
    void delivered(List<String> ids) {
        graph.writeBookkeeping(tx -> tx.run(DELIVERED.with(Map.of("ids", ids))));
    }

    /** Marks an entry (by its Neo4j element id, which even a malformed entry has) as set aside, with the reason. */
    void setAside(String elementId, String reason) {
        var entry = entry();
        graph.writeBookkeeping(tx -> tx.run(Cypher.match(entry).where(Cypher.elementId(entry).isEqualTo(Cypher.anonParameter(elementId)))
                .set(entry.property(SET_ASIDE_AT).to(Cypher.datetime()),
                        entry.property(SET_ASIDE_REASON).to(Cypher.anonParameter(reason)))
                .build()));
    }

    /** The entries set aside, the oldest first. */
    List<SetAsideEntry> setAside() {
        var entry = entry();
        return graph.read(Cypher.match(entry).where(entry.property(SET_ASIDE_AT).isNotNull()).returning(entry)
                .orderBy(entry.property(SET_ASIDE_AT).ascending()).build())
                .stream().map(SetAsideEntry::fromNode).toList();
    }

    /** How many entries wait to be copied, and how many of them are set aside. */
    Counts counts() {
        var entry = entry();
        var counts = graph.read(Cypher.match(entry).returning(Cypher.mapOf(
                "all", Cypher.count(entry), "setAside", Cypher.count(entry.property(SET_ASIDE_AT)))).build()).get(0);
        var setAside = counts.get("setAside").asLong();
        return new Counts(counts.get("all").asLong() - setAside, setAside);
    }

    private static Graph.Rendered delivered() {
        var entry = entry();
        return Graph.Rendered.of(Cypher.match(entry).where(entry.property("id").in(Cypher.parameter("ids")))
                .delete(entry).build());
    }

    static Node entry() {
        return Cypher.node(LABEL).named("entry");
    }

    /** Entries waiting to be copied and entries set aside. */
    record Counts(long waiting, long setAside) {
    }
}
