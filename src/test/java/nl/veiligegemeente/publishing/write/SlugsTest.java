package nl.veiligegemeente.publishing.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readable ids from titles: lower case, plain letters, hyphens, at most 80 characters. */
class SlugsTest {

    @Test
    void aTitleBecomesLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.of("Aanpak van criminele families", "x")).isEqualTo("aanpak-van-criminele-families");
    }

    @Test
    void accentsArePlainAndOtherSignsSeparateWords() {
        assertThat(Slugs.of("Fixture: één aanpak", "x")).isEqualTo("fixture-een-aanpak");
        assertThat(Slugs.of("  Jeugd & drugs -- Oud-Oost (2021)!  ", "x")).isEqualTo("jeugd-drugs-oud-oost-2021");
    }

    @Test
    void aTextWithoutLettersOrDigitsGetsTheFallback() {
        assertThat(Slugs.of(" !? ", "aanpak")).isEqualTo("aanpak");
        assertThat(Slugs.of("", "aanpak")).isEqualTo("aanpak");
    }

    @Test
    void aLongTitleIsCutAtAWordBoundary() {
        var title = "Een zeer lange titel over de preventieve aanpak van ondermijnende criminaliteit in kwetsbare wijken";
        var slug = Slugs.of(title, "x");
        assertThat(slug).hasSizeLessThanOrEqualTo(80)
                .isEqualTo("een-zeer-lange-titel-over-de-preventieve-aanpak-van-ondermijnende-criminaliteit")
                .doesNotEndWith("-");
    }

    @Test
    void aLongWordIsCutAtTheLimit() {
        assertThat(Slugs.of("a".repeat(100), "x")).isEqualTo("a".repeat(80));
        // A word boundary in the first half would lose too much: cut at the limit instead.
        assertThat(Slugs.of("a".repeat(30) + " " + "b".repeat(60), "x")).isEqualTo("a".repeat(30) + "-" + "b".repeat(49));
    }
}
