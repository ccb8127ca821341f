package nl.veiligegemeente.discovery;

import java.util.List;
import java.util.Map;

/** A piece of a hit's text around the first word the search matched, and the property it comes from. */
record Snippet(String field, String text) {

    /** The properties the full-text index covers, in the order a reader meets them. */
    static final List<String> FIELDS = List.of("title", "name", "summary", "abstract", "description", "results", "lessons");

    private static final int BEFORE = 60;
    private static final int AFTER = 140;
    private static final String CUT = "…";

    /** The snippet of the first property, in {@link #FIELDS} order, with a matching word; else the start of the first text. */
    static Snippet of(SearchText search, Map<String, Object> texts) {
        String fallback = null;
        for (var field : FIELDS) {
            if (!(texts.get(field) instanceof String text)) {
                continue;
            }
            var match = search.firstMatch(text);
            if (match.isPresent()) {
                return new Snippet(field, around(text, match.get().start(), match.get().end()));
            }
            if (fallback == null) {
                fallback = field;
            }
        }
        return fallback == null ? null : new Snippet(fallback, around((String) texts.get(fallback), 0, 0));
    }

    /** The text from about {@value #BEFORE} characters before the match to about {@value #AFTER} after it, cut between words. */
    private static String around(String text, int matchStart, int matchEnd) {
        var start = Math.max(0, matchStart - BEFORE);
        if (start > 0) {
            var space = text.indexOf(' ', start);
            start = space >= 0 && space < matchStart ? space + 1 : matchStart;
        }
        var end = Math.min(text.length(), matchEnd + AFTER);
        if (end < text.length()) {
            var space = text.lastIndexOf(' ', end);
            end = space > matchEnd ? space : end;
        }
        return (start > 0 ? CUT : "") + text.substring(start, end).strip() + (end < text.length() ? CUT : "");
    }
}
