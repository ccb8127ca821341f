package nl.veiligegemeente.network;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A seminar where safety professionals share knowledge, such as De Veilige Gemeente. */
@Description("A seminar where safety professionals share knowledge, such as De Veilige Gemeente.")
public record Seminar(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Title of the seminar.") String title,
        @NonNull @Description("The day the seminar takes place.") LocalDate date,
        @Description("What the seminar is about.") String description,
        @Description("The seminar's web page.") String url,
        @Ignore Related related) implements GraphNode, NetworkNode {
}
