package nl.veiligegemeente.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Name;

/** The texts of an imported session and speaker, checked by the rules of {@code saveSession} and {@code saveSpeaker}. */
public final class ImportedTexts {

    private ImportedTexts() {
    }

    /** A session's texts. */
    public record SessionTexts(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 5000) @Name("abstract") String abstractText,
            @Size(max = 200) String room) {
    }

    /** A speaker's texts. */
    public record SpeakerTexts(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String role,
            @Size(max = 200) String organisation) {
    }
}
