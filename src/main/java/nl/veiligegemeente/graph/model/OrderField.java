package nl.veiligegemeente.graph.model;

import java.util.Locale;

/**
 * A field a client may order a list by, as an enum constant named after the property it sorts on
 * ({@code STARTED_ON} sorts on {@code startedOn}).
 */
public interface OrderField {

    String name();

    /** The property behind the field: the constant's name in camel case. */
    default String property() {
        var words = name().toLowerCase(Locale.ROOT).split("_");
        var property = new StringBuilder(words[0]);
        for (var i = 1; i < words.length; i++) {
            property.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return property.toString();
    }

    /** The value that stands in for a missing property; null for properties every node has. */
    default Object whenMissing() {
        return null;
    }
}
