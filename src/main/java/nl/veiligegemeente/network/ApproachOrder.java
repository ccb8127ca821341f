package nl.veiligegemeente.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.schema.OrderDirection;
import nl.veiligegemeente.graph.model.OrderField;

/** How to order a list of approaches. */
@Input("ApproachOrder")
@Description("How to order a list of approaches; ties are broken by id.")
public record ApproachOrder(
        @NonNull @Description("The field to order by.") Field field,
        @DefaultValue("ASC") @Description("Which way.") OrderDirection direction) implements ListOrder {

    /** The fields approaches can be ordered by. */
    @Name("ApproachOrderField")
    @Description("The fields approaches can be ordered by.")
    public enum Field implements OrderField {
        @Description("By title.")
        TITLE,
        @Description("By start date; approaches without one come first when ascending.")
        STARTED_ON,
        @Description("By the time of the last change.")
        UPDATED_AT;

        @Override
        public Object whenMissing() {
            return switch (this) {
                case TITLE -> null;
                case STARTED_ON -> LocalDate.of(1, 1, 1);
                case UPDATED_AT -> ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            };
        }
    }
}
