package nl.veiligegemeente.api;

import java.util.List;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/** An uploaded document refused as a whole because of what some of its items hold: every such item, named. */
public class RejectedItems extends ApiException {

    /** One refused item of a document (such as {@code session 4711 'Opening'}) and what is wrong with it. */
    public record Item(String item, String message) {
    }

    private final transient List<Item> items;

    public RejectedItems(List<Item> items) {
        super(ErrorCode.VALIDATION, items.size() + (items.size() == 1 ? " item is" : " items are")
                + " not acceptable (listed in 'errors'); nothing was imported.");
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }
}
