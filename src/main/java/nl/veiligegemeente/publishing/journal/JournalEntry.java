package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of the audit journal in PostgreSQL: one per committed change. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The order in which rows reached the journal, assigned by PostgreSQL. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long position;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "actor_id")
    public String actorId;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_role")
    public String actorRole;

    public String mutation;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    @Column(name = "entity_title")
    public String entityTitle;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "version_before")
    public Integer versionBefore;

    @Column(name = "version_after")
    public Integer versionAfter;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public String[] changedFields;

    static JournalEntry of(JournalRecord record) {
        var entry = new JournalEntry();
        entry.id = record.id();
        entry.changedAt = record.at();
        entry.actorId = record.actorId();
        entry.actorName = record.actorName();
        entry.actorRole = record.actorRole();
        entry.mutation = record.mutation();
        entry.action = record.action();
        entry.entityType = record.entityType();
        entry.entityId = record.entityId();
        entry.entityTitle = record.entityTitle();
        entry.municipalityCode = record.municipalityCode();
        entry.versionBefore = record.versionBefore();
        entry.versionAfter = record.versionAfter();
        entry.changedFields = record.changedFields().toArray(String[]::new);
        return entry;
    }

    List<String> changedFieldList() {
        return List.of(changedFields);
    }
}
