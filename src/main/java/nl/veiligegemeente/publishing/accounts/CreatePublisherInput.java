package nl.veiligegemeente.publishing.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.publishing.Inputs;

/** What an admin gives to create an account. */
@Description("A new account: who it is for, its role and, for a publisher, its municipality.")
@Input("CreatePublisherInput")
public record CreatePublisherInput(
        @NonNull @NotBlank @Size(max = 200) @Description("Who the account is for, such as 'Gemeente Maastricht, team Veiligheid' (at most 200 characters).") String name,
        @NonNull @NotNull @Description("What the account may write.") Role role,
        @Pattern(regexp = Inputs.MUNICIPALITY_CODE, message = Inputs.MUNICIPALITY_CODE_MESSAGE)
        @Description("For a PUBLISHER (and only then): the CBS code of its municipality, such as GM0935.") String municipalityCode) {
}
