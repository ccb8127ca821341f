package nl.veiligegemeente.publishing;

import java.text.Normalizer;

/**
 * What text this service accepts from a client, decided in one place: Unicode NFC, no control
 * characters (other than tab, line feed and carriage return), no unpaired surrogates, and no text
 * that is blank once spaces and invisible characters (no-break and zero-width spaces included) are
 * trimmed. Accepted text is stored as NFC, without those characters at either end.
 */
public final class InputText {

    private InputText() {
    }

    /** The text as it is stored, or (when {@code text} is null) the reason it is refused. */
    public record Verdict(String text, String refusal) {

        static Verdict accepted(String text) {
            return new Verdict(text, null);
        }

        static Verdict refused(String reason) {
            return new Verdict(null, reason);
        }

        public boolean acceptable() {
            return refusal == null;
        }
    }

    /** Normalises a text a client sent, or says why it is not acceptable (the reason follows the field's name). */
    public static Verdict judge(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Verdict.refused("contains an unpaired surrogate (U+%04X) at position %d: send valid UTF-8 text"
                        .formatted((int) c, i + 1));
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Verdict.refused("contains the control character U+%04X at position %d: only tab and line breaks are allowed"
                        .formatted((int) c, i + 1));
            }
        }
        var trimmed = trim(Normalizer.normalize(text, Normalizer.Form.NFC));
        if (trimmed.isEmpty()) {
            return Verdict.refused("must not be blank: spaces, tabs and invisible characters such as no-break and "
                    + "zero-width spaces do not count; leave the field out instead");
        }
        return Verdict.accepted(trimmed);
    }

    private static String trim(String text) {
        var start = 0;
        var end = text.length();
        while (start < end && invisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && invisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Whitespace, any Unicode space (no-break spaces included) and format characters (zero-width spaces, BOM). */
    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }
}
