package nl.veiligegemeente.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** An approach (aanpak) a municipality runs against undermining crime, nuisance or insecurity. */
@Description("An approach (aanpak) a municipality runs against undermining crime, nuisance or insecurity.")
public record Approach(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Title, in the original language.") String title,
        @Description("What the approach is and how it works.") String summary,
        @Description("What the approach has achieved so far, as reported.") String results,
        @NonNull @Description("What the approach is organised around.") ApproachKind kind,
        @NonNull @Description("Where the approach stands in its life.") ApproachStatus status,
        @Description("When the approach started, where known.") LocalDate startedOn,
        @NonNull @Description("How well the approach is shown to work.") EvidenceLevel evidenceLevel,
        @Description("The role to ask for at the municipality (a role, never a person).") String contactRole,
        @NonNull @Description("Version of this approach; every change adds one (optimistic concurrency).") Integer version,
        @Description("When the approach was first published.") OffsetDateTime createdAt,
        @Description("When the approach last changed.") OffsetDateTime updatedAt,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
