package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One row of the audit journal, for editors and admins. */
@Description("One committed change, as the audit journal keeps it.")
public record Change(
        @NonNull @Id @Description("The change's id.") String id,
        @NonNull @Description("When the change was committed.") OffsetDateTime at,
        @NonNull @Description("The id of the account that made it ('bootstrap-admin' for the configured admin token).") String actorId,
        @NonNull @Description("The name of the account that made it.") String actorName,
        @NonNull @Description("The role of the account that made it.") String actorRole,
        @NonNull @Description("The mutation that made it, such as publishApproach.") String mutation,
        @NonNull @Description("What it did to the entity.") Action action,
        @NonNull @Description("The kind of entity changed: Approach, Practice, Seminar, Session, Speaker, Organisation or Publisher.") String entityType,
        @NonNull @Description("The id of the entity changed.") String entityId,
        @Description("The title or name of the entity after the change.") String entityTitle,
        @Description("The municipality the entity belongs to, for approaches, practices and publishers.") String municipalityCode,
        @Description("The entity's version before the change; null when it was created.") Integer versionBefore,
        @Description("The entity's version after the change; null for accounts, which have none.") Integer versionAfter,
        @NonNull @Description("The names of the fields and links the change set.") List<@NonNull String> changedFields) {

    static Change of(JournalEntry entry) {
        return new Change(entry.id.toString(), entry.changedAt, entry.actorId, entry.actorName, entry.actorRole,
                entry.mutation, entry.action, entry.entityType, entry.entityId, entry.entityTitle,
                entry.municipalityCode, entry.versionBefore, entry.versionAfter, entry.changedFieldList());
    }
}
