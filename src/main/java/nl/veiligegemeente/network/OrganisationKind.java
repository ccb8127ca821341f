package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;

/** What kind of organisation takes part in the network. */
@Description("What kind of organisation takes part in the network.")
public enum OrganisationKind {
    @Description("An advisory or consultancy firm.")
    CONSULTANCY,
    @Description("An organiser of congresses and seminars.")
    EVENT_ORGANISER,
    @Description("A municipality, province or ministry.")
    GOVERNMENT,
    @Description("Police, public prosecution or another justice partner.")
    POLICE_AND_JUSTICE,
    @Description("A university, research or knowledge institute.")
    KNOWLEDGE_INSTITUTE,
    @Description("A foundation, association or other civil society organisation.")
    CIVIL_SOCIETY,
    @Description("None of the above.")
    OTHER
}
