package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

/** How large an area within a municipality is. */
@Description("How large an area within a municipality is.")
public enum AreaKind {
    @Description("A district or borough (stadsdeel, wijk).")
    DISTRICT,
    @Description("A neighbourhood (buurt) or a group of neighbourhoods.")
    NEIGHBOURHOOD,
    @Description("A single place with persistent trouble.")
    HOTSPOT
}
