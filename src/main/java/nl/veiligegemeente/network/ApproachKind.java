package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

/** What an approach is organised around. */
@Description("What an approach is organised around (persoonsgericht, familiegericht, locatiegericht, themagericht).")
public enum ApproachKind {
    @Description("Around individual persons (persoonsgerichte aanpak).")
    PERSON_ORIENTED,
    @Description("Around families (familiegerichte aanpak), such as criminal families.")
    FAMILY_ORIENTED,
    @Description("Around places: areas and hotspots (locatie- of gebiedsgerichte aanpak).")
    LOCATION_ORIENTED,
    @Description("Around a theme or phenomenon (themagerichte aanpak).")
    THEME_ORIENTED,
    @Description("None of the above.")
    OTHER
}
