package nl.veiligegemeente.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which related nodes, by id, a row must (or must not) be connected to. */
@Input("IdFilter")
@Description("Which related nodes, by id (global, or the slug or code), a row must or must not be connected to. Given parts combine with AND.")
public record IdFilter(
        @Id @Description("Connected to at least one of these (some).") List<String> anyOf,
        @Id @Description("Connected to every one of these.") List<String> allOf,
        @Id @Description("Connected to none of these (none).") List<String> noneOf) {
}
