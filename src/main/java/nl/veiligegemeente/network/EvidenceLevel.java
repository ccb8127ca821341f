package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

/** The Dutch recognition ladder for interventions (erkenningsniveaus). */
@Description("How well an approach is shown to work, on the Dutch recognition ladder for interventions.")
public enum EvidenceLevel {
    @Description("Not assessed.")
    NOT_ASSESSED,
    @Description("Goed beschreven: well described.")
    WELL_DESCRIBED,
    @Description("Goed onderbouwd: well founded in theory.")
    WELL_FOUNDED,
    @Description("Effectief, eerste aanwijzingen: first indications of effect.")
    EFFECTIVE_FIRST,
    @Description("Effectief, goede aanwijzingen: good indications of effect.")
    EFFECTIVE_GOOD,
    @Description("Effectief, sterke aanwijzingen: strong indications of effect.")
    EFFECTIVE_STRONG
}
