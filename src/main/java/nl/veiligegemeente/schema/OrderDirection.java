package nl.veiligegemeente.schema;

import org.eclipse.microprofile.graphql.Description;

/** Which way a list is ordered. */
@Description("Which way a list is ordered.")
public enum OrderDirection {
    @Description("Smallest, earliest or A first.")
    ASC,
    @Description("Largest, latest or Z first.")
    DESC
}
