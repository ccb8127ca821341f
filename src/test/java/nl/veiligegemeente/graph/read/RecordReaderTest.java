package nl.veiligegemeente.graph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.model.NodeType;

/** A node type's record is read from a row by its components alone, each converted from what the driver returns. */
class RecordReaderTest {

    enum Colour { RED, GREEN }

    record Everything(String id, @Name("abstract") String abstractText, Colour colour, LocalDate day,
            OffsetDateTime changedAt, Instant seenAt, Integer count, int size, Long big, Double share, Boolean open,
            Related related) {
    }

    record WithAList(String id, List<String> tags) {
    }

    @Test
    void everyComponentGetsTheRowValueOfItsPropertyInItsOwnType() {
        var at = ZonedDateTime.of(2021, 6, 9, 10, 30, 0, 0, ZoneId.of("Europe/Amsterdam"));
        var row = new Row(Map.ofEntries(Map.entry("id", "a"), Map.entry("abstract", "Samenvatting"),
                Map.entry("colour", "GREEN"), Map.entry("day", LocalDate.of(2021, 6, 9)), Map.entry("changedAt", at),
                Map.entry("seenAt", at), Map.entry("count", 3L), Map.entry("size", 4L), Map.entry("big", 5L),
                Map.entry("share", 0.5), Map.entry("open", true),
                Map.entry(Row.RELATED, Map.of("themes", Map.of("rows", List.of())))));

        var read = RecordReader.of(Everything.class).apply(row);

        assertThat(read).isEqualTo(new Everything("a", "Samenvatting", Colour.GREEN, LocalDate.of(2021, 6, 9),
                at.toOffsetDateTime(), at.toInstant(), 3, 4, 5L, 0.5, true,
                new Related(Map.of("themes", Map.of("rows", List.of())))));
    }

    @Test
    void missingPropertiesAreNullAndARecordWithoutRelatedValuesGetsNone() {
        var values = new HashMap<String, Object>();
        values.put("id", "a");
        values.put("size", 1L);

        var read = RecordReader.of(Everything.class).apply(new Row(values));

        assertThat(read.colour()).isNull();
        assertThat(read.changedAt()).isNull();
        assertThat(read.related().has("themes")).isFalse();
    }

    @Test
    void aComponentNoPropertyConvertsToIsRefusedWhenTheReaderIsMade() {
        assertThatThrownBy(() -> RecordReader.of(WithAList.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WithAList.tags is a List");
    }

    @Test
    void aNodeTypeTakesItsPropertiesFromItsRecordAndRefusesAKeyItDoesNotDeclare() {
        var type = NodeType.label("Everything").record(Everything.class).build();
        assertThat(type.properties()).contains("abstract", "colour", "changedAt", "open").doesNotContain("related",
                "abstractText");

        assertThatThrownBy(() -> NodeType.label("Everything").key("code").record(Everything.class).build())
                .hasMessageContaining("uses the property code, which Everything does not declare");
    }
}
