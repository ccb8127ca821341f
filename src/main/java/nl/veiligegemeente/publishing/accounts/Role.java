package nl.veiligegemeente.publishing.accounts;

import org.eclipse.microprofile.graphql.Description;

/** What an account may write. */
@Description("What an account may write.")
public enum Role {
    @Description("Publishes and maintains the approaches and practices of one municipality.")
    PUBLISHER,
    @Description("Maintains seminar content: seminars, sessions, speakers, organisations; reads the journal.")
    EDITOR,
    @Description("May write everything, manages the accounts and reads the journal.")
    ADMIN
}
