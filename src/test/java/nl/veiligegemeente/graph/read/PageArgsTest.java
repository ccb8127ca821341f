package nl.veiligegemeente.graph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.graph.model.Ordering;
import nl.veiligegemeente.graph.model.SortKey;

/** The Relay paging arguments: which combinations are a page, and what every other one is told. */
class PageArgsTest {

    private static final Ordering BY_NAME = Ordering.of("Theme.default", "id", SortKey.ascending("name"));
    private static final String CURSOR = new Cursor(BY_NAME.name(), List.of("Preventie", "preventie")).encode();

    @Test
    void noArgumentsIsTheFirstDefaultPage() {
        var page = PageArgs.of(Map.of()).resolve(BY_NAME);
        assertThat(page.size()).isEqualTo(PageArgs.DEFAULT_SIZE);
        assertThat(page.backward()).isFalse();
        assertThat(page.cursor()).isEmpty();
        assertThat(page.ordering()).isEqualTo(BY_NAME);
    }

    @Test
    void firstAndAfterPageForwards() {
        var page = PageArgs.of(Map.of("first", 5, "after", CURSOR)).resolve(BY_NAME);
        assertThat(page.size()).isEqualTo(5);
        assertThat(page.backward()).isFalse();
        assertThat(page.cursor()).contains(new Cursor(BY_NAME.name(), List.of("Preventie", "preventie")));
    }

    @Test
    void lastOrBeforePageBackwards() {
        assertThat(PageArgs.of(Map.of("last", 3)).resolve(BY_NAME).backward()).isTrue();
        var page = PageArgs.of(Map.of("before", CURSOR)).resolve(BY_NAME);
        assertThat(page.backward()).isTrue();
        assertThat(page.size()).isEqualTo(PageArgs.DEFAULT_SIZE);
    }

    @Test
    void theSizeLiesBetweenZeroAndTheMaximum() {
        assertThat(PageArgs.of(Map.of("first", 0)).resolve(BY_NAME).size()).isZero();
        assertThat(PageArgs.of(Map.of("first", PageArgs.MAX_SIZE)).resolve(BY_NAME).size()).isEqualTo(PageArgs.MAX_SIZE);
        assertRefused(Map.of("first", PageArgs.MAX_SIZE + 1), "'first' must be between 0 and 100, was 101.");
        assertRefused(Map.of("last", -1), "'last' must be between 0 and 100, was -1.");
    }

    @Test
    void mixedDirectionsAreRefused() {
        assertRefused(Map.of("first", 2, "last", 2), "Give either 'first' or 'last', not both.");
        assertRefused(Map.of("after", CURSOR, "before", CURSOR), "Give either 'after' or 'before', not both.");
        assertRefused(Map.of("first", 2, "before", CURSOR), "'before' pages backwards: combine it with 'last', not 'first'.");
        assertRefused(Map.of("last", 2, "after", CURSOR), "'after' pages forwards: combine it with 'first', not 'last'.");
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        assertRefused(Map.of("first", "ten"), "'first' must be a whole number, was the text \"ten\".");
        assertRefused(Map.of("first", 2.5), "'first' must be a whole number, was 2.5.");
        assertRefused(Map.of("after", 7), "'after' must be a cursor string, was 7.");
        assertThat(PageArgs.of(Map.of("first", 3.0)).resolve(BY_NAME).size()).isEqualTo(3);
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        var other = new Cursor("Theme.name.desc", List.of("Preventie", "preventie")).encode();
        assertRefused(Map.of("after", other), "belongs to another list or order");
    }

    private static void assertRefused(Map<String, Object> arguments, String message) {
        assertThatThrownBy(() -> PageArgs.of(new HashMap<>(arguments)).resolve(BY_NAME))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(message);
    }
}
