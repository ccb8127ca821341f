package nl.veiligegemeente.graph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/** Cursors survive the trip to the client and back with their types, and nothing else passes for one. */
class CursorTest {

    private static final String ORDER = "Approach.startedOn.desc";

    @Test
    void everyKindOfValueComesBackWithItsType() {
        var values = Arrays.<Object>asList("Aanpak van criminele families", 42L, 0.75, LocalDate.of(2021, 6, 9),
                ZonedDateTime.of(2021, 4, 29, 10, 15, 0, 0, ZoneOffset.ofHours(2)), null, "");
        var cursor = new Cursor(ORDER, values);

        var decoded = Cursor.decode(cursor.encode(), ORDER, values.size());

        assertThat(decoded).isEqualTo(cursor);
        assertThat(decoded.values().get(3)).isInstanceOf(LocalDate.class);
        assertThat(decoded.values().get(4)).isInstanceOf(ZonedDateTime.class);
    }

    @Test
    void theWireFormIsUrlSafeAndOpaque() {
        var encoded = new Cursor(ORDER, List.of("?&/+= ü", "id")).encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        var encoded = new Cursor("Approach.title.asc", List.of("Titel", "id")).encode();
        assertRefused(() -> Cursor.decode(encoded, ORDER, 2), "belongs to another list or order");
    }

    @Test
    void aCursorWithAnotherNumberOfKeysIsRefused() {
        var encoded = new Cursor(ORDER, List.of("id")).encode();
        assertRefused(() -> Cursor.decode(encoded, ORDER, 2), "belongs to another list or order");
    }

    @Test
    void textThatIsNoCursorOfOursIsRefused() {
        assertRefused(() -> Cursor.decode("not-a-cursor", ORDER, 2), "not a cursor this API gave out");
        assertRefused(() -> Cursor.decode("!!!", ORDER, 2), "not a cursor this API gave out");
        var foreign = Base64.getUrlEncoder().encodeToString("{\"o\":\"%s\",\"k\":[[\"x\",\"1\"],[\"s\",\"a\"]]}"
                .formatted(ORDER).getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> Cursor.decode(foreign, ORDER, 2), "not a cursor this API gave out");
        var badDate = Base64.getUrlEncoder().encodeToString("{\"o\":\"%s\",\"k\":[[\"d\",\"2021-13-45\"],[\"s\",\"a\"]]}"
                .formatted(ORDER).getBytes(StandardCharsets.UTF_8));
        assertRefused(() -> Cursor.decode(badDate, ORDER, 2), "not a cursor this API gave out");
    }

    @Test
    void aLongForeignCursorIsShortenedInTheMessage() {
        var text = "x".repeat(300);
        assertThatThrownBy(() -> Cursor.decode(text, ORDER, 2))
                .hasMessageContaining("x".repeat(40) + "…")
                .hasMessageNotContaining("x".repeat(41));
    }

    @Test
    void aValueOfAnotherTypeCannotBeEncoded() {
        assertThatThrownBy(() -> new Cursor(ORDER, List.of(List.of("nested"))).encode())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable decode, String why) {
        assertThatThrownBy(decode)
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(why)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.VALIDATION));
    }
}
