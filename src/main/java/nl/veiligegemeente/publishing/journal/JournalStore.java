package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

/** The PostgreSQL side of the journal: appends rows exactly once and pages through them. */
@ApplicationScoped
public class JournalStore {

    /** Any constant: the key of the advisory lock that serialises appends. */
    private static final long APPEND_LOCK = 0x7667_6e4a_6f75_726eL;

    private final EntityManager entityManager;

    JournalStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Appends the records that are not in the journal yet; a record already there (copied by an
     * earlier attempt) is skipped. Appends run one at a time, so positions follow commit order and a
     * reader paging by position never skips a row that commits later with a smaller position.
     */
    @Transactional
    public void append(List<JournalRecord> records) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        var ids = records.stream().map(JournalRecord::id).toList();
        var present = new HashSet<UUID>();
        JournalEntry.<JournalEntry>list("id in ?1", ids).forEach(entry -> present.add(entry.id));
        records.stream().filter(record -> present.add(record.id())).map(JournalEntry::of).forEach(entry -> entry.persist());
    }

    /** Up to {@code limit} rows after a position, in journal order, of one entity type or all. */
    public List<JournalEntry> page(Filter filter, long afterPosition, int limit) {
        return JournalEntry.<JournalEntry>find("position > :after and " + filter.where() + " order by position",
                filter.parameters().and("after", afterPosition)).page(0, limit).list();
    }

    public long count(Filter filter) {
        return JournalEntry.count(filter.where(), filter.parameters());
    }

    /** Which rows to read: since a moment, and of one entity type when {@code entityType} is not null. */
    public record Filter(OffsetDateTime since, String entityType) {

        String where() {
            return "changedAt >= :since" + (entityType == null ? "" : " and entityType = :type");
        }

        Parameters parameters() {
            var parameters = Parameters.with("since", since);
            return entityType == null ? parameters : parameters.and("type", entityType);
        }
    }
}
