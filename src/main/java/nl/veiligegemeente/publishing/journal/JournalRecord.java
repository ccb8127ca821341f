package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Value;

import nl.veiligegemeente.publishing.accounts.Principal;

/**
 * One committed change as the journal keeps it: who, which mutation, which entity, when, the
 * versions before and after and the names of the changed fields. Travels through the Neo4j outbox
 * as a {@code JournalEntry} node, and ends as a row of the PostgreSQL journal.
 */
public record JournalRecord(UUID id, OffsetDateTime at, String actorId, String actorName, String actorRole,
        String mutation, Action action, String entityType, String entityId, String entityTitle,
        String municipalityCode, Integer versionBefore, Integer versionAfter, List<String> changedFields) {

    public JournalRecord {
        changedFields = List.copyOf(changedFields);
    }

    /** A new entry for a change the given principal makes now. */
    public static JournalRecord of(Principal who, String mutation, Action action, String entityType, String entityId,
            String entityTitle, String municipalityCode, Integer versionBefore, Integer versionAfter,
            List<String> changedFields) {
        return new JournalRecord(UUID.randomUUID(), OffsetDateTime.now(), who.id(), who.name(), who.role().name(),
                mutation, action, entityType, entityId, entityTitle, municipalityCode, versionBefore, versionAfter,
                changedFields);
    }

    /** The properties of its outbox node. */
    /** The entry as the properties of its outbox node. */
    public Map<String, Object> toProperties() {
        var properties = new HashMap<String, Object>();
        properties.put("id", id.toString());
        properties.put("at", at.toZonedDateTime());
        properties.put("actorId", actorId);
        properties.put("actorName", actorName);
        properties.put("actorRole", actorRole);
        properties.put("mutation", mutation);
        properties.put("action", action.name());
        properties.put("entityType", entityType);
        properties.put("entityId", entityId);
        properties.put("entityTitle", entityTitle);
        properties.put("municipalityCode", municipalityCode);
        properties.put("versionBefore", versionBefore);
        properties.put("versionAfter", versionAfter);
        properties.put("changedFields", changedFields);
        return properties;
    }

    /** Reads an outbox node back. */
    static JournalRecord fromNode(Value node) {
        return new JournalRecord(UUID.fromString(node.get("id").asString()),
                ((ZonedDateTime) node.get("at").asObject()).toOffsetDateTime(),
                node.get("actorId").asString(), node.get("actorName").asString(), node.get("actorRole").asString(),
                node.get("mutation").asString(), Action.valueOf(node.get("action").asString()),
                node.get("entityType").asString(), node.get("entityId").asString(),
                node.get("entityTitle").asString(null), node.get("municipalityCode").asString(null),
                integer(node.get("versionBefore")), integer(node.get("versionAfter")),
                node.get("changedFields").asList(Value::asString));
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
