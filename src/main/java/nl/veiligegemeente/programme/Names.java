package nl.veiligegemeente.programme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names as they are compared when a programme is matched to the network: without accents, case
 * and extra white space, so "José  de Vries" and "jose de vries" are one person.
 */
final class Names {

    private final Map<String, List<String>> idsByName = new HashMap<>();

    /** The normalised form of a name. */
    static String normalised(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Remembers a node of the network by its name. */
    void add(String id, String name) {
        if (name != null) {
            idsByName.computeIfAbsent(normalised(name), key -> new ArrayList<>()).add(id);
        }
    }

    /** The ids of the nodes whose name is this one, normalised; empty when none. */
    List<String> ids(String name) {
        return idsByName.getOrDefault(normalised(name), List.of()).stream().sorted().toList();
    }
}
