package nl.veiligegemeente.municipalities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.publishing.Inputs;

/** A whole municipality, to add to the network or to replace by its CBS code. */
@Description("A whole municipality, to add to the network or to replace by its CBS code.")
@Input("SaveMunicipalityInput")
public record SaveMunicipalityInput(
        @NonNull @NotNull @Id @Pattern(regexp = Inputs.MUNICIPALITY_CODE, message = Inputs.MUNICIPALITY_CODE_MESSAGE)
        @Description("CBS code: GM and four digits, such as GM0935. A municipality keeps its code, also after a merger.") String code,
        @NonNull @NotBlank @Size(max = 100) @Description("Name of the municipality (at most 100 characters).") String name,
        @NonNull @NotBlank @Size(max = 100) @Description("Province the municipality lies in, such as Limburg (at most 100 characters).") String province,
        @Id @Pattern(regexp = Inputs.MUNICIPALITY_CODE, message = Inputs.MUNICIPALITY_CODE_MESSAGE)
        @Description("When the municipality merged into another (a herindeling): the CBS code of its successor, which must exist and not have merged itself. Left out, the municipality stands on its own.") String mergedInto) {

    /** The same municipality as a row of the CBS register describes it: on its own. */
    static SaveMunicipalityInput registered(String code, String name, String province) {
        return new SaveMunicipalityInput(code, name, province, null);
    }
}
