package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.schema.Edge;
import nl.veiligegemeente.schema.PageInfo;
import nl.veiligegemeente.graph.model.Ordering;
import nl.veiligegemeente.graph.read.Cursor;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.PageRequest;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Permissions;

/** The journal as GraphQL fields: every change for editors and admins, the public feed of approaches, and the entries set aside for admins. */
@GraphQLApi
public class JournalQueries {

    /** Journal rows are paged by their position, with keyset cursors like every other list. */
    private static final Ordering BY_POSITION = Ordering.of("Change.position", "position");
    static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    private final JournalStore store;
    private final Journal journal;
    private final Caller caller;

    JournalQueries(JournalStore store, Journal journal, Caller caller) {
        this.store = store;
        this.journal = journal;
        this.caller = caller;
    }

    @Query
    @NonNull
    @Description("Every committed change, in the order it reached the journal. Needs an editor or admin token.")
    public Connection<Change> changes(
            @Description("Only changes committed at or after this moment.") OffsetDateTime since,
            @Description("How many changes to return: 0 to " + PageArgs.MAX_SIZE + ", " + PageArgs.DEFAULT_SIZE + " when left out.") Integer first,
            @Description("Continue after this cursor: the `endCursor` of the previous page.") String after) {
        Permissions.checkJournalReader(caller.principal());
        return page(new JournalStore.Filter(since == null ? BEGINNING : since, null, false), first, after, Change::of);
    }

    @Query
    @NonNull
    @Description("Public feed of approaches that were published or changed, in the order the changes reached the journal. "
            + "An approach that is retracted now has no entries here (editors and admins find them in changes).")
    public Connection<ApproachFeedEntry> approachFeed(
            @Description("Only changes committed at or after this moment.") OffsetDateTime since,
            @Description("How many entries to return: 0 to " + PageArgs.MAX_SIZE + ", " + PageArgs.DEFAULT_SIZE + " when left out.") Integer first,
            @Description("Continue after this cursor: the `endCursor` of the previous page.") String after) {
        var filter = new JournalStore.Filter(since == null ? BEGINNING : since, NetworkModel.APPROACH.label(), true);
        return page(filter, first, after, ApproachFeedEntry::of);
    }

    @Query
    @NonNull
    @Description("The journal entries PostgreSQL refused, the oldest first: kept in the outbox, they no longer hold up the others. Needs an admin token.")
    public List<@NonNull SetAsideEntry> journalEntriesSetAside() {
        Permissions.checkAdmin(caller.principal(), "see the journal entries set aside");
        return journal.setAside();
    }

    private <T> Connection<T> page(JournalStore.Filter filter, Integer first, String after,
            Function<JournalEntry, T> convert) {
        var request = new PageArgs(first, after, null, null).resolve(BY_POSITION);
        journal.awaitCopied();
        var afterPosition = position(request);
        var rows = store.page(filter, afterPosition, request.size() + 1);
        var more = rows.size() > request.size();
        var edges = new ArrayList<Edge<T>>();
        for (var row : more ? rows.subList(0, request.size()) : rows) {
            edges.add(edge(row, convert));
        }
        var pageInfo = new PageInfo(more, afterPosition > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, edges.stream().map(Edge::node).toList(), pageInfo, (int) store.count(filter));
    }

    /** The journal position a cursor of {@link #changes} or {@link #approachFeed} stands for; 0 for none. */
    static long afterPosition(String after) {
        return position(new PageArgs(null, after, null, null).resolve(BY_POSITION));
    }

    private static long position(PageRequest request) {
        return request.cursor().map(cursor -> (Long) cursor.values().get(0)).orElse(0L);
    }

    /** A journal row with the cursor to continue after it. */
    static <T> Edge<T> edge(JournalEntry row, Function<JournalEntry, T> convert) {
        return new Edge<>(new Cursor(BY_POSITION.name(), List.of(row.position)).encode(), convert.apply(row));
    }
}
