package nl.veiligegemeente.publishing.approaches;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.publishing.Inputs;

/** Areas, themes and target groups to link to an approach or to unlink from it. */
@Description("Areas, themes and target groups to link to an approach, or to unlink from it. Lists left out are empty: they change nothing.")
@Input("ApproachLinksInput")
public record ApproachLinksInput(
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of areas of the approach's municipality (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> areaIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of themes (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> themeIds,
        @Size(max = 20) @DefaultValue("[]") @Description("Ids of target groups (at most 20).") List<@NonNull @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE) String> targetGroupIds) {
}
