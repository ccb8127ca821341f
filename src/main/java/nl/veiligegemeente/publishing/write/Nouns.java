package nl.veiligegemeente.publishing.write;

import java.util.Locale;

/** How messages name a node type: "TargetGroup" is a "target group". */
final class Nouns {

    private Nouns() {
    }

    static String of(String label) {
        return label.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
