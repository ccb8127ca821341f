package nl.veiligegemeente.api.prefetched;

/**
 * Says that a query cannot be answered from prefetched rows alone (a field they do not hold, a
 * value that breaks the schema): graphql-java's own execution answers it instead.
 */
public final class NotPrefetchable extends RuntimeException {

    public NotPrefetchable(String why) {
        super(why, null, false, false);
    }
}
