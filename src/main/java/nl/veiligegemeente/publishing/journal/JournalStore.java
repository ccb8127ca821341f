package nl.veiligegemeente.publishing.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Parameters;

/** The PostgreSQL side of the journal: appends rows exactly once and durably, and pages through them. */
@ApplicationScoped
public class JournalStore {

    /** Any constant: the key of the advisory lock that serialises appends. */
    private static final long APPEND_LOCK = 0x7667_6e4a_6f75_726eL;

    private static final String INSERT_IF_ABSENT = """
            INSERT INTO journal_entry (id, changed_at, actor_id, actor_name, actor_role, mutation, action, entity_type,
                                       entity_id, entity_title, municipality_code, version_before, version_after, changed_fields)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    JournalStore(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /**
     * Appends the record unless the journal has it already (an earlier attempt, or another replica,
     * copied it). The commit waits until the row is on disk, whatever the server's default, so that
     * the outbox entry is deleted only after a durable commit. Appends run one at a time, so positions
     * follow commit order and a reader paging by position never skips a row that commits later with a
     * smaller position.
     */
    @Transactional
    public void append(JournalRecord record) {
        appendAll(List.of(record));
    }

    /** Appends the records, in order, in one transaction: all of them, or (when PostgreSQL refuses one) none. */
    @Transactional
    public void appendAll(List<JournalRecord> records) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit = on");
                statement.execute("SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ")");
            }
            try (var insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
                for (var record : records) {
                    addRow(connection, insert, record);
                }
                insert.executeBatch();
            }
        });
    }

    private static void addRow(Connection connection, PreparedStatement insert, JournalRecord record) throws SQLException {
        insert.setObject(1, record.id());
        insert.setObject(2, record.at());
        insert.setString(3, record.actorId());
        insert.setString(4, record.actorName());
        insert.setString(5, record.actorRole());
        insert.setString(6, record.mutation());
        insert.setString(7, record.action().name());
        insert.setString(8, record.entityType());
        insert.setString(9, record.entityId());
        insert.setString(10, record.entityTitle());
        insert.setString(11, record.municipalityCode());
        insert.setObject(12, record.versionBefore(), Types.INTEGER);
        insert.setObject(13, record.versionAfter(), Types.INTEGER);
        insert.setArray(14, connection.createArrayOf("text", record.changedFields().toArray()));
        insert.addBatch();
    }

    /** Whether PostgreSQL answers now: tells an entry it refuses apart from a server it cannot reach. */
    public boolean reachable() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            return statement.execute("SELECT 1");
        } catch (SQLException unreachable) {
            return false;
        }
    }

    /** Up to {@code limit} rows after a position, in journal order (also outside a request, for subscriptions). */
    @ActivateRequestContext
    public List<JournalEntry> page(Filter filter, long afterPosition, int limit) {
        return JournalEntry.<JournalEntry>find("position > :after and " + filter.where() + " order by position",
                filter.parameters().and("after", afterPosition)).page(0, limit).list();
    }

    /** The position of the newest row, 0 while the journal is empty. */
    @ActivateRequestContext
    public long latestPosition() {
        return entityManager.createQuery("select coalesce(max(position), 0) from JournalEntry", Long.class).getSingleResult();
    }

    public long count(Filter filter) {
        return JournalEntry.count(filter.where(), filter.parameters());
    }

    /**
     * Which rows to read: since a moment; of one entity type when {@code entityType} is not null; and
     * without the rows of entities whose latest journaled change retracted them, when {@code publicOnly}.
     */
    public record Filter(OffsetDateTime since, String entityType, boolean publicOnly) {

        private static final String NOT_RETRACTED = """
                entityId not in (select retraction.entityId from JournalEntry retraction
                   where retraction.entityType = :type and retraction.action = :retracted
                   and not exists (select later from JournalEntry later where later.entityType = :type
                                   and later.entityId = retraction.entityId and later.versionAfter > retraction.versionAfter))""";

        String where() {
            return "changedAt >= :since" + (entityType == null ? "" : " and entityType = :type")
                    + (publicOnly ? " and " + NOT_RETRACTED : "");
        }

        Parameters parameters() {
            var parameters = Parameters.with("since", since);
            if (entityType != null) {
                parameters = parameters.and("type", entityType);
            }
            return publicOnly ? parameters.and("retracted", Action.RETRACTED) : parameters;
        }
    }
}
