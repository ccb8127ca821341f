package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.schema.OrderDirection;
import nl.veiligegemeente.graph.model.OrderField;

/** How to order a list of speakers. */
@Input("SpeakerOrder")
@Description("How to order a list of speakers; ties are broken by id.")
public record SpeakerOrder(
        @NonNull @Description("The field to order by.") Field field,
        @DefaultValue("ASC") @Description("Which way.") OrderDirection direction) implements ListOrder {

    /** The fields speakers can be ordered by. */
    @Name("SpeakerOrderField")
    @Description("The fields speakers can be ordered by.")
    public enum Field implements OrderField {
        @Description("By name.")
        NAME
    }
}
