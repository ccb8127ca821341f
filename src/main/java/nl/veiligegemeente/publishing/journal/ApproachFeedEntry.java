package nl.veiligegemeente.publishing.journal;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** One entry of the public feed: an approach was published, changed or retracted. */
@Description("An approach was published, changed or retracted: one entry of the public feed.")
public record ApproachFeedEntry(
        @NonNull @Id @Description("The approach's id; query approach(id) for its current content (null once retracted).") String approachId,
        @Description("The approach's title after the change.") String title,
        @Description("The CBS code of the municipality that runs it.") String municipalityCode,
        @NonNull @Description("CREATED when it was published (or published again), UPDATED, or RETRACTED.") Action action,
        @Description("The approach's version after the change.") Integer version,
        @NonNull @Description("When the change was committed.") OffsetDateTime at) {

    static ApproachFeedEntry of(JournalEntry entry) {
        return new ApproachFeedEntry(entry.entityId, entry.entityTitle, entry.municipalityCode, entry.action,
                entry.versionAfter, entry.changedAt);
    }
}
