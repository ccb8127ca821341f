package nl.veiligegemeente.publishing.approaches;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import nl.veiligegemeente.network.ApproachKind;
import nl.veiligegemeente.network.ApproachStatus;
import nl.veiligegemeente.network.EvidenceLevel;
import nl.veiligegemeente.publishing.Inputs;

/** The fields of an approach to change; fields left out stay as they are. */
@Description("The fields of an approach to change; fields left out (or null) stay as they are. To clear a field, publish the whole approach again.")
@Input("UpdateApproachInput")
public record UpdateApproachInput(
        @Size(max = 200) @Pattern(regexp = Inputs.NOT_BLANK, message = Inputs.NOT_BLANK_MESSAGE) @Description("New title (at most 200 characters).") String title,
        @Size(max = 5000) @Description("New summary (at most 5000 characters).") String summary,
        @Size(max = 5000) @Description("New results (at most 5000 characters).") String results,
        @Description("New kind.") ApproachKind kind,
        @Description("New status.") ApproachStatus status,
        @Description("New start date; a date in the future only for a PLANNED approach.") LocalDate startedOn,
        @Description("New evidence level.") EvidenceLevel evidenceLevel,
        @Size(max = 120) @Pattern(regexp = Inputs.ROLE, message = Inputs.ROLE_MESSAGE) @Description("New contact role, never a person's name or address.") String contactRole) {
}
