package nl.veiligegemeente.schema;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.OrderField;
import nl.veiligegemeente.graph.model.Ordering;

/** The {@code orderBy} input of a list: a field and a direction. */
public interface ListOrder {

    OrderField field();

    OrderDirection direction();

    /** The ordering of the type this input asks for, or its default order when there is no input. */
    static Ordering of(NodeType type, ListOrder order) {
        if (order == null) {
            return type.defaultOrder();
        }
        return type.ordering(order.field(), order.direction() == OrderDirection.DESC);
    }
}
