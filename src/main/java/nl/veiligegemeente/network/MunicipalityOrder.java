package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.schema.OrderDirection;
import nl.veiligegemeente.graph.model.OrderField;

/** How to order a list of municipalities. */
@Input("MunicipalityOrder")
@Description("How to order a list of municipalities; ties are broken by CBS code.")
public record MunicipalityOrder(
        @NonNull @Description("The field to order by.") Field field,
        @DefaultValue("ASC") @Description("Which way.") OrderDirection direction) implements ListOrder {

    /** The fields municipalities can be ordered by. */
    @Name("MunicipalityOrderField")
    @Description("The fields municipalities can be ordered by.")
    public enum Field implements OrderField {
        @Description("By name.")
        NAME,
        @Description("By province, then by CBS code.")
        PROVINCE
    }
}
