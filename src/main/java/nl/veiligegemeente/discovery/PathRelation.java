package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;

/** The relationships a path between municipalities may follow, named as in the graph. */
@Description("A relationship a path between municipalities follows.")
public enum PathRelation {
    @Description("A municipality runs an approach.")
    RUNS,
    @Description("An approach (or a seminar) addresses a theme.")
    ADDRESSES,
    @Description("A session covers an approach or a theme.")
    COVERS,
    @Description("A session is part of a seminar.")
    PART_OF,
    @Description("A speaker presents a session.")
    PRESENTS,
    @Description("A practice is shared by a municipality.")
    SHARED_BY,
    @Description("A practice is shared at a seminar.")
    SHARED_AT,
    @Description("A practice is derived from an approach.")
    DERIVED_FROM
}
