package nl.veiligegemeente.api.prefetched;

/**
 * The {@code data} of a query answered from its prefetched rows: the JSON text of the data object,
 * written once, to be sent as it is.
 */
public record PrefetchedJson(byte[] json) {
}
