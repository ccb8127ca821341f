package nl.veiligegemeente.publishing.seminars;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.publishing.Inputs;

/** A whole session of a seminar, to create or to replace. */
@Description("A whole session of a seminar, to create or to replace by id. Fields left out are cleared.")
@Input("SaveSessionInput")
public record SaveSessionInput(
        @Id @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The session's id, to replace it. Without one, the id is made from the title; the same title at the same seminar is the same session.") String id,
        @NonNull @NotNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) @Description("The id of the seminar the session is part of.") String seminarId,
        @NonNull @NotBlank @Size(max = 200) @Description("Title of the session (at most 200 characters).") String title,
        @Size(max = 5000) @Name("abstract") @Description("What the session covers (at most 5000 characters).") String abstractText,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the speakers who present it.") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> speakerIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the approaches it covers.") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> approachIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the themes it covers.") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> themeIds) {
}
