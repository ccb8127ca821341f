package nl.veiligegemeente.publishing.practices;

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

/** A whole shared practice, to create or to replace. */
@Description("A whole shared practice (lesson learned), to create or to replace by id. Fields left out are cleared.")
@Input("SharePracticeInput")
public record SharePracticeInput(
        @Id @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The practice's id, to replace it (or to create it under this id). Without one, the id is made from the title.") String id,
        @NonNull @NotNull @Pattern(regexp = Inputs.MUNICIPALITY_CODE, message = Inputs.MUNICIPALITY_CODE_MESSAGE)
        @Description("The CBS code of the municipality that shares the practice, such as GM0935.") String municipalityCode,
        @NonNull @NotBlank @Size(max = 200) @Description("Title of the practice (at most 200 characters).") String title,
        @Size(max = 5000) @Description("What is shared (at most 5000 characters).") String description,
        @Size(max = 5000) @Description("The lessons learned (at most 5000 characters).") String lessons,
        @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The id of the approach of the same municipality this practice comes from, if any.") String approachId,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the seminars at which the practice was shared (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> seminarIds) {
}
