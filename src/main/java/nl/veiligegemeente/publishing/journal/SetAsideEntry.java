package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

/** A journal entry PostgreSQL refused: kept in the outbox, out of the relay's way, for an admin to look at. */
@Description("A committed change whose journal row PostgreSQL refused. It is kept, and no longer holds up the other entries.")
public record SetAsideEntry(
        @Id @Description("The change's id (null when the entry is too damaged to have one).") String id,
        @Description("When the change was committed.") OffsetDateTime at,
        @Description("The mutation that made it.") String mutation,
        @Description("The kind of entity changed.") String entityType,
        @Description("The id of the entity changed.") String entityId,
        @Description("The title or name of the entity after the change, as the entry holds it.") String entityTitle,
        @NonNull @Description("Why PostgreSQL refused it.") String reason,
        @NonNull @Description("When it was set aside.") OffsetDateTime setAsideAt) {

    static SetAsideEntry fromNode(Value node) {
        return new SetAsideEntry(node.get("id").asString(null), moment(node.get("at")), node.get("mutation").asString(null),
                node.get("entityType").asString(null), node.get("entityId").asString(null),
                node.get("entityTitle").asString(null), node.get("setAsideReason").asString(""),
                moment(node.get("setAsideAt")));
    }

    private static OffsetDateTime moment(Value value) {
        return value.isNull() ? null : ((ZonedDateTime) value.asObject()).toOffsetDateTime();
    }
}
