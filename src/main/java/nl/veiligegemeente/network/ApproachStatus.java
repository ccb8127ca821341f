package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

/** Where an approach stands in its life. */
@Description("Where an approach stands in its life.")
public enum ApproachStatus {
    @Description("Decided on, not started.")
    PLANNED,
    @Description("Running as a pilot.")
    PILOT,
    @Description("Running.")
    ACTIVE,
    @Description("Stopped or completed.")
    ENDED
}
