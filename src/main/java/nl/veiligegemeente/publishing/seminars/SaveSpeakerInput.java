package nl.veiligegemeente.publishing.seminars;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.publishing.Inputs;

/** A whole speaker, to create or to replace. */
@Description("A whole speaker, to create or to replace by id. Fields left out are cleared.")
@Input("SaveSpeakerInput")
public record SaveSpeakerInput(
        @Id @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The speaker's id, to replace it. Without one, the id is made from the name; the same name is the same speaker.") String id,
        @NonNull @NotBlank @Size(max = 200) @Description("Name of the speaker (at most 200 characters).") String name,
        @Size(max = 200) @Description("The speaker's professional role (at most 200 characters).") String role,
        @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Description("The id of the organisation the speaker works for.") String organisationId) {
}
