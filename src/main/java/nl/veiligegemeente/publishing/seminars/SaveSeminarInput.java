package nl.veiligegemeente.publishing.seminars;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.publishing.Inputs;

/** A whole seminar, to create or to replace. */
@Description("A whole seminar, to create or to replace by id. Fields left out are cleared.")
@Input("SaveSeminarInput")
public record SaveSeminarInput(
        @Id @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The seminar's id, to replace it. Without one, the id is made from the title and the date.") String id,
        @NonNull @NotBlank @Size(max = 200) @Description("Title of the seminar (at most 200 characters).") String title,
        @NonNull @NotNull @Description("The day the seminar takes place.") LocalDate date,
        @Size(max = 5000) @Description("What the seminar is about (at most 5000 characters).") String description,
        @Size(max = 500) @Pattern(regexp = Inputs.WEB_ADDRESS, message = Inputs.WEB_ADDRESS_MESSAGE)
        @Description("The seminar's web page, starting with http:// or https://.") String url,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the organisations that organise it.") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> organiserIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the organisations that contribute to it.") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> contributorIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the themes it is about.") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> themeIds) {
}
