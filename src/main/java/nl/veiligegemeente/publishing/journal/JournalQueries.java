package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.graph.model.Ordering;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Permissions;

/** The journal as GraphQL fields: every change for editors and admins, the public feed of approaches, and the entries set aside for admins. */
@GraphQLApi
public class JournalQueries {

    /** Journal rows are paged by their position, with keyset cursors like every other list. */
    private static final Ordering BY_POSITION = Ordering.of("Change.position", "position");
    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final String WHEN_NO_SIZE = " when neither `first` nor `last` is given.";
    private static final String AFTER = "Continue after this cursor: the `endCursor` of the previous page.";
    private static final String BEFORE = "Continue before this cursor: the `startCursor` of the next page.";

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
            @Description("How many changes to return: 0 to " + PageArgs.MAX_SIZE + ", " + PageArgs.DEFAULT_SIZE + WHEN_NO_SIZE) Integer first,
            @Description(AFTER) String after,
            @Description("How many changes to return from the end of the journal, or before `before`: 0 to " + PageArgs.MAX_SIZE + ".") Integer last,
            @Description(BEFORE) String before) {
        Permissions.checkJournalReader(caller.principal());
        return page(new JournalStore.Filter(since == null ? BEGINNING : since, null, false),
                new PageArgs(first, after, last, before), Change::of);
    }

    @Query
    @NonNull
    @Description("Public feed of approaches that were published or changed, in the order the changes reached the journal. "
            + "An approach that is retracted now has no entries here (editors and admins find them in changes).")
    public Connection<ApproachFeedEntry> approachFeed(
            @Description("Only changes committed at or after this moment.") OffsetDateTime since,
            @Description("How many entries to return: 0 to " + PageArgs.MAX_SIZE + ", " + PageArgs.DEFAULT_SIZE + WHEN_NO_SIZE) Integer first,
            @Description(AFTER) String after,
            @Description("How many entries to return from the end of the feed, or before `before`: 0 to " + PageArgs.MAX_SIZE + ".") Integer last,
            @Description(BEFORE) String before) {
        var filter = new JournalStore.Filter(since == null ? BEGINNING : since, NetworkModel.APPROACH.label(), true);
        return page(filter, new PageArgs(first, after, last, before), ApproachFeedEntry::of);
    }

    @Query
    @NonNull
    @Description("The journal entries PostgreSQL refused, the oldest first: kept in the outbox, they no longer hold up the others. Needs an admin token.")
    public List<@NonNull SetAsideEntry> journalEntriesSetAside() {
        Permissions.checkAdmin(caller.principal(), "see the journal entries set aside");
        return journal.setAside();
    }

    /** A page of journal rows; a page from a cursor takes rows to lie behind it, as the cursor's own row does. */
    private <T> Connection<T> page(JournalStore.Filter filter, PageArgs arguments, Function<JournalEntry, T> convert) {
        var request = arguments.resolve(BY_POSITION);
        var position = request.cursor().map(cursor -> ((Number) cursor.values().get(0)).longValue()).orElse(null);
        var rows = store.page(filter, position, request.backward(), request.size() + 1);
        return Pages.connection(Pages.page(rows, position != null, store.count(filter), request,
                row -> List.<Object>of(row.position)), convert);
    }
}
