package nl.veiligegemeente.network;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;

/** A document facts in the network come from: their provenance. */
@Name("Source")
@Description("A document facts in the network come from: their provenance.")
public record SourceDocument(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Title of the document.") String title,
        @Description("When the document was published.") LocalDate publishedOn,
        @Description("Where the document can be read, where known.") String url,
        @NonNull @Description("What kind of document it is.") SourceKind kind,
        @Ignore Related related) implements GraphNode {
}
