package nl.veiligegemeente.publishing.write;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids made from titles and names: "Aanpak van criminele families" becomes "aanpak-van-criminele-families". */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** The slug of a text, or {@code fallback} when the text has no letters or digits. */
    public static String of(String text, String fallback) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            var lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
