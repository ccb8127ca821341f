package nl.veiligegemeente.publishing.seminars;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.OrganisationKind;
import nl.veiligegemeente.publishing.Inputs;

/** A whole organisation, to create or to replace. */
@Description("A whole organisation, to create or to replace by id.")
@Input("SaveOrganisationInput")
public record SaveOrganisationInput(
        @Id @Size(max = 100) @Pattern(regexp = Inputs.SLUG, message = Inputs.SLUG_MESSAGE)
        @Description("The organisation's id, to replace it. Without one, the id is made from the name; the same name is the same organisation.") String id,
        @NonNull @NotBlank @Size(max = 200) @Description("Name of the organisation (at most 200 characters).") String name,
        @NonNull @NotNull @Description("What kind of organisation it is.") OrganisationKind kind) {
}
