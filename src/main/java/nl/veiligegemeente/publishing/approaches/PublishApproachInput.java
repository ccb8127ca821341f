package nl.veiligegemeente.publishing.approaches;

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

import nl.veiligegemeente.network.ApproachKind;
import nl.veiligegemeente.network.ApproachStatus;
import nl.veiligegemeente.network.EvidenceLevel;
import nl.veiligegemeente.publishing.Inputs;

/** A whole approach, to create or to replace. */
@Description("A whole approach, to create or to replace by id. Fields left out are cleared.")
@Input("PublishApproachInput")
public record PublishApproachInput(
        @Id @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The approach's id, to replace it (or to create it under this id). Without one, the id is made from the title; the same title of the same municipality is the same approach.") String id,
        @NonNull @NotNull @Pattern(regexp = Inputs.MUNICIPALITY_CODE, message = Inputs.MUNICIPALITY_CODE_MESSAGE)
        @Description("The CBS code of the municipality that runs the approach, such as GM0935.") String municipalityCode,
        @NonNull @NotBlank @Size(max = 200) @Description("Title, in the original language (at most 200 characters).") String title,
        @Size(max = 5000) @Description("What the approach is and how it works (at most 5000 characters).") String summary,
        @Size(max = 5000) @Description("What the approach has achieved so far (at most 5000 characters).") String results,
        @NonNull @NotNull @Description("What the approach is organised around.") ApproachKind kind,
        @NonNull @NotNull @Description("Where the approach stands in its life.") ApproachStatus status,
        @Description("When the approach started; a date in the future only for a PLANNED approach.") LocalDate startedOn,
        @Description("How well the approach is shown to work; NOT_ASSESSED when left out.") EvidenceLevel evidenceLevel,
        @Size(max = 120) @Pattern(regexp = Inputs.ROLE, message = Inputs.ROLE_MESSAGE)
        @Description("The role to ask for at the municipality, never a person's name or address (at most 120 characters).") String contactRole,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the areas of this municipality the approach is aimed at (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> areaIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the themes the approach addresses (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> themeIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of the target groups the approach aims at (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> targetGroupIds) {
}
