package nl.veiligegemeente.publishing.journal;

import org.eclipse.microprofile.graphql.Description;

/** What a change did to its entity. */
@Description("What a change did to its entity.")
public enum Action {
    @Description("Created it, or published it again after a retraction.")
    CREATED,
    @Description("Changed some of its fields or links.")
    UPDATED,
    @Description("Retracted it: hidden from public reads, kept in the graph and the journal.")
    RETRACTED,
    @Description("Revoked an account: its token no longer works.")
    REVOKED
}
