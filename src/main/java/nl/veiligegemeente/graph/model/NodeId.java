package nl.veiligegemeente.graph.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The globally unique id of a node (Relay's Global Object Identification): its type's label and its
 * key, written as {@code Label:key} in URL-safe base64 without padding, so that
 * {@code Theme:criminele-families} and {@code TargetGroup:criminele-families} differ. Clients treat
 * it as opaque; the readable key stays a field of its own.
 */
public record NodeId(String label, String key) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern ENCODED = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]*");
    private static final char SEPARATOR = ':';

    public NodeId {
        if (!LABEL.matcher(label).matches() || key.isEmpty()) {
            throw new IllegalArgumentException("No node id of label '" + label + "' and key '" + key + "'");
        }
    }

    /** The encoded id of the node of this label and key. */
    public static String encode(String label, String key) {
        return new String(asciiEncoder(label).apply(key), StandardCharsets.US_ASCII);
    }

    /**
     * The encoded ids of one label's nodes as ASCII bytes, for writers that put them into JSON as they
     * are: the label's part is converted once, and no String is made of the id.
     */
    public static Function<String, byte[]> asciiEncoder(String label) {
        var prefix = (label + SEPARATOR).getBytes(StandardCharsets.UTF_8);
        return key -> {
            var keyBytes = key.getBytes(StandardCharsets.UTF_8);
            var text = Arrays.copyOf(prefix, prefix.length + keyBytes.length);
            System.arraycopy(keyBytes, 0, text, prefix.length, keyBytes.length);
            return ENCODER.encode(text);
        };
    }

    /** This id, encoded. */
    public String encoded() {
        return encode(label, key);
    }

    /** The label and key an encoded id names; empty when the text is no id this class encoded. */
    public static Optional<NodeId> decode(String encoded) {
        if (encoded == null || !ENCODED.matcher(encoded).matches() || encoded.length() % 4 == 1) {
            return Optional.empty();
        }
        var text = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
        var separator = text.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        var label = text.substring(0, separator);
        var key = text.substring(separator + 1);
        if (!LABEL.matcher(label).matches() || key.isEmpty() || !encode(label, key).equals(encoded)) {
            return Optional.empty();
        }
        return Optional.of(new NodeId(label, key));
    }
}
