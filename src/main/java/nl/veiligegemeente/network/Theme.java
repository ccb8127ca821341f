package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.graph.read.GraphNode;
import nl.veiligegemeente.graph.read.Related;
import nl.veiligegemeente.graph.read.Row;

/** A theme of safety policy, such as ondermijning, jeugdoverlast or preventie. */
@Description("A theme of safety policy, such as ondermijning, jeugdoverlast or preventie.")
public record Theme(
        @NonNull @Id @Description("Stable, readable slug.") String id,
        @NonNull @Description("Name of the theme.") String name,
        @Description("What the theme covers.") String description,
        @Ignore Related related) implements GraphNode, NetworkNode {

    public static Theme from(Row row) {
        return new Theme(
                row.string("id"),
                row.string("name"),
                row.string("description"),
                row.related());
    }
}
