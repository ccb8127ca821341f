package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.schema.OrderDirection;
import nl.veiligegemeente.graph.model.OrderField;

/** How to order a list of sessions. */
@Input("SessionOrder")
@Description("How to order a list of sessions; ties are broken by id.")
public record SessionOrder(
        @NonNull @Description("The field to order by.") Field field,
        @DefaultValue("ASC") @Description("Which way.") OrderDirection direction) implements ListOrder {

    /** The fields sessions can be ordered by. */
    @Name("SessionOrderField")
    @Description("The fields sessions can be ordered by.")
    public enum Field implements OrderField {
        @Description("By title.")
        TITLE
    }
}
