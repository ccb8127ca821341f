package nl.veiligegemeente.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.schema.ApiException;

/** What a person types into search: the escaped Lucene query, and which words of a text match. */
class SearchTextTest {

    @Test
    void longWordsAlsoMatchOneEditAway() {
        assertThat(SearchText.of("Criminele families kind").luceneQuery())
                .isEqualTo("(criminele criminele~1) (families families~1) (kind)");
    }

    @Test
    void luceneSyntaxIsSearchedForNotInterpreted() {
        assertThat(SearchText.of("jeugd* OR (drugs) title:x").luceneQuery())
                .isEqualTo("(jeugd\\* jeugd\\*~1) (or) (\\(drugs\\) \\(drugs\\)~1) (title\\:x title\\:x~1)");
    }

    @Test
    void aWordMatchesByItsDutchStem() {
        var text = "Het gaat om de kinderen van criminele families.";
        var match = SearchText.of("kind").firstMatch(text);
        assertThat(match).isPresent();
        assertThat(text.substring(match.get().start(), match.get().end())).isEqualTo("kinderen");
    }

    @Test
    void aLongWordMatchesOneLetterOff() {
        var text = "Een aanpak van de familie.";
        var match = SearchText.of("families").firstMatch(text);
        assertThat(match).map(range -> text.substring(range.start(), range.end())).contains("familie");
    }

    @Test
    void anUnrelatedTextHasNoMatch() {
        assertThat(SearchText.of("drugslab").firstMatch("Jeugdoverlast in Oud-Oost")).isEmpty();
    }

    @Test
    void blankLongOrWordyTextIsRefused() {
        assertThatThrownBy(() -> SearchText.of("   ")).isInstanceOf(ApiException.class).hasMessageContaining("'text' is empty");
        assertThatThrownBy(() -> SearchText.of("a".repeat(SearchText.MAX_LENGTH + 1)))
                .isInstanceOf(ApiException.class).hasMessageContaining("201 characters long");
        assertThatThrownBy(() -> SearchText.of("woord ".repeat(SearchText.MAX_WORDS + 1)))
                .isInstanceOf(ApiException.class).hasMessageContaining("21 words");
        assertThat(SearchText.of("woord ".repeat(SearchText.MAX_WORDS)).luceneQuery()).isNotEmpty();
    }
}
