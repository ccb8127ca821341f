package nl.veiligegemeente.publishing.practices;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import nl.veiligegemeente.publishing.Inputs;

/** The fields of a practice to change; fields left out stay as they are. */
@Description("The fields of a practice to change; fields left out (or null) stay as they are.")
@Input("UpdatePracticeInput")
public record UpdatePracticeInput(
        @Size(max = 200) @Pattern(regexp = Inputs.NOT_BLANK, message = Inputs.NOT_BLANK_MESSAGE) @Description("New title (at most 200 characters).") String title,
        @Size(max = 5000) @Description("New description (at most 5000 characters).") String description,
        @Size(max = 5000) @Description("New lessons learned (at most 5000 characters).") String lessons) {
}
