package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;

/** Which way the relationship into a step of a path points. */
@Description("Which way the relationship into a step of a path points.")
public enum PathDirection {
    @Description("From the previous step's node to this one: (previous)-[via]->(this).")
    FORWARD,
    @Description("From this step's node to the previous one: (previous)<-[via]-(this).")
    BACKWARD
}
