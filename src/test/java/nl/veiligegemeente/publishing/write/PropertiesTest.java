package nl.veiligegemeente.publishing.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.network.ApproachStatus;
import nl.veiligegemeente.network.TestModel;

/** Mutations write only the properties the model declares for a type: a misspelt name fails at once, without a database. */
class PropertiesTest {

    private final Writables writables = new Writables(TestModel.MODEL);

    @Test
    void declaredPropertiesAreKeptWithNullsAndEnumsByName() {
        assertThat(Properties.of(writables.approach, "title", "Wijkaanpak", "status", ApproachStatus.ACTIVE,
                "summary", null))
                .containsEntry("title", "Wijkaanpak")
                .containsEntry("status", "ACTIVE")
                .containsEntry("summary", null)
                .hasSize(3);
    }

    @Test
    void aPropertyTheModelDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> Properties.of(writables.approach, "titel", "Wijkaanpak"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Approach declares no property 'titel' that mutations write");
    }

    @Test
    void anotherTypesPropertyAndTheKeyAreRefused() {
        assertThatThrownBy(() -> Properties.of(writables.seminar, "lessons", "Begin klein"))
                .hasMessageContaining("Seminar declares no property 'lessons'");
        assertThatThrownBy(() -> Properties.of(writables.speaker, "id", "jan-jansen"))
                .hasMessageContaining("Speaker declares no property 'id'");
    }

    @Test
    void onlyRetractableTypesTakeRetractedAt() {
        writables.practice.checkProperties(Set.of(NodeType.RETRACTED_AT, "lessons"));
        assertThatThrownBy(() -> writables.session.checkProperties(Set.of(NodeType.RETRACTED_AT)))
                .hasMessageContaining("Session declares no property 'retractedAt'");
    }
}
