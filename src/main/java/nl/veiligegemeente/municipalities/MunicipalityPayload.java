package nl.veiligegemeente.municipalities;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.network.Municipality;

/** The municipality an admin saved. */
@Description("The municipality an admin saved.")
public record MunicipalityPayload(
        @NonNull @Id @Description("The municipality's CBS code.") String code,
        @Description("The municipality as it is now, with whatever you select below it.") Municipality municipality) {
}
