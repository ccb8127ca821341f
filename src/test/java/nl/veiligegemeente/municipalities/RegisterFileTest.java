package nl.veiligegemeente.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.api.RejectedLines;

/** Reading the CBS list as saved by a spreadsheet: separators, byte order mark, quoting, line numbers. */
class RegisterFileTest {

    @Test
    void readsTheFixtureWithItsByteOrderMarkSemicolonsAndQuotedSeparator() throws IOException {
        var rows = RegisterFile.read(fixture(), 1000);
        assertThat(rows).extracting(RegisterFile.Row::code).containsExactly("GM9801", "GM9802", "GM9803", "GM9804");
        assertThat(rows.get(1).name()).isEqualTo("Fixture Súdwest-Wâlden");
        assertThat(rows.get(3).name()).isEqualTo("Fixture Bergen (L.); aan de Maas");
        assertThat(rows.get(3).province()).isEqualTo("Fixtureprovincie Zuid");
        assertThat(rows).extracting(RegisterFile.Row::line).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void readsCommasAndTheNumericCodeAloneWithItsLeadingZerosLost() {
        var rows = RegisterFile.read(bytes("""
                Gemeentecode,Gemeentenaam,Provincienaam
                14,Fixture Veertien,Fixtureprovincie Noord

                9805,"Fixture Komma, dorp",Fixtureprovincie Zuid
                """), 1000);
        assertThat(rows).extracting(RegisterFile.Row::code).containsExactly("GM0014", "GM9805");
        assertThat(rows).extracting(RegisterFile.Row::line).containsExactly(2L, 4L);
        assertThat(rows.get(1).name()).isEqualTo("Fixture Komma, dorp");
    }

    @Test
    void namesEveryMalformedLineByItsNumber() {
        assertThatThrownBy(() -> RegisterFile.read(bytes("""
                Gemeentecode;GemeentecodeGM;Gemeentenaam;Provincienaam
                9801;GM9801;Fixture Goed;Fixtureprovincie Noord
                9802;GM9803;Fixture Tegenstrijdig;Fixtureprovincie Noord
                9804;GM9804;Fixture Te kort
                """), 1000))
                .isInstanceOfSatisfying(RejectedLines.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(rejected.lines()).extracting(RejectedLines.Line::line).containsExactly(3L, 4L);
                    assertThat(rejected.lines().get(0).message()).contains("GemeentecodeGM GM9803 but Gemeentecode 9802");
                    assertThat(rejected.lines().get(1).message()).isEqualTo("has 3 columns, the header 4.");
                });
    }

    @Test
    void refusesAHeaderWithoutTheColumnsItNeeds() {
        assertThatThrownBy(() -> RegisterFile.read(bytes("Code;Naam\nGM9801;Fixture\n"), 1000))
                .isInstanceOfSatisfying(RejectedLines.class, rejected -> {
                    assertThat(rejected.lines()).extracting(RejectedLines.Line::line).containsExactly(1L);
                    assertThat(rejected.lines().get(0).message())
                            .contains("Gemeentenaam", "Provincienaam", "GemeentecodeGM (or Gemeentecode)");
                });
    }

    @Test
    void refusesTextThatIsNotUtf8AndFilesOverTheRowLimit() {
        var latin1 = "Gemeentecode;Gemeentenaam;Provincienaam\n9802;Fixture Súdwest;Fixtureprovincie\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> RegisterFile.read(latin1, 1000))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.getMessage()).contains("UTF-8"));
        assertThatThrownBy(() -> RegisterFile.read(bytes("""
                Gemeentecode;Gemeentenaam;Provincienaam
                9801;Fixture Een;Fixtureprovincie
                9802;Fixture Twee;Fixtureprovincie
                9803;Fixture Drie;Fixtureprovincie
                """), 2))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> RegisterFile.read(bytes("\uFEFF \n"), 2))
                .isInstanceOfSatisfying(ApiException.class, refused -> assertThat(refused.getMessage()).contains("empty"));
    }

    static byte[] fixture() {
        try (var in = RegisterFileTest.class.getResourceAsStream("/municipalities/gemeenten-alfabetisch-FIXTURE.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
