package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.schema.OrderDirection;
import nl.veiligegemeente.graph.model.OrderField;

/** How to order a list of seminars. */
@Input("SeminarOrder")
@Description("How to order a list of seminars; ties are broken by id.")
public record SeminarOrder(
        @NonNull @Description("The field to order by.") Field field,
        @DefaultValue("ASC") @Description("Which way.") OrderDirection direction) implements ListOrder {

    /** The fields seminars can be ordered by. */
    @Name("SeminarOrderField")
    @Description("The fields seminars can be ordered by.")
    public enum Field implements OrderField {
        @Description("By the day it takes place.")
        DATE,
        @Description("By title.")
        TITLE
    }
}
