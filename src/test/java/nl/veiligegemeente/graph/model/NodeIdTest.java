package nl.veiligegemeente.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.network.NetworkModel;

/** Global ids: opaque, unique per type and key, read back exactly, and nothing else is read as one. */
class NodeIdTest {

    @Test
    void anIdIsTheLabelAndKeyInUrlSafeBase64() {
        assertThat(NodeId.encode("Theme", "criminele-families")).isEqualTo("VGhlbWU6Y3JpbWluZWxlLWZhbWlsaWVz");
        assertThat(NodeId.decode("VGhlbWU6Y3JpbWluZWxlLWZhbWlsaWVz")).contains(new NodeId("Theme", "criminele-families"));
    }

    @Test
    void theSameKeyOfTwoTypesHasTwoIds() {
        assertThat(NodeId.encode("Theme", "criminele-families"))
                .isNotEqualTo(NodeId.encode("TargetGroup", "criminele-families"));
    }

    @Test
    void everyKeyReadsBackAsItWasWritten() {
        for (var key : new String[] { "GM0935", "a", "ab", "abc", "aanpak-ondermijning-ⓐ-ü", "key:with:colons" }) {
            var encoded = NodeId.encode("Approach", key);
            assertThat(encoded).matches("[A-Za-z0-9_-]+");
            assertThat(NodeId.decode(encoded)).contains(new NodeId("Approach", key));
            assertThat(new String(NodeId.asciiEncoder("Approach").apply(key), StandardCharsets.US_ASCII)).isEqualTo(encoded);
        }
    }

    @Test
    void slugsCodesAndGarbageAreNoIds() {
        for (var text : new String[] { "criminele-families", "GM0935", "", "!!!", "VGhlbWU6", "VGhlbWU",
                NodeId.encode("Theme", "x") + "=", "dGhlbWU6eA", "OnRoZW1l", "x" }) {
            assertThat(NodeId.decode(text)).as(text).isEmpty();
        }
        assertThat(NodeId.decode(null)).isEmpty();
    }

    @Test
    void aTypeTakesItsOwnGlobalIdsAndTheReadableKeysAsTheyAre() {
        var theme = NetworkModel.THEME;
        assertThat(theme.keyOf(NodeId.encode("Theme", "ondermijning"))).isEqualTo("ondermijning");
        assertThat(theme.keyOf("ondermijning")).isEqualTo("ondermijning");
        var group = NodeId.encode("TargetGroup", "criminele-families");
        assertThat(theme.keyOf(group)).as("another type's id names no theme").isEqualTo(group);
        assertThat(NetworkModel.MUNICIPALITY.keyOf(NodeId.encode("Municipality", "GM0935"))).isEqualTo("GM0935");
    }

    @Test
    void theReadableKeyHasItsOwnField() {
        assertThat(NetworkModel.THEME.keyField()).isEqualTo("slug");
        assertThat(NetworkModel.MUNICIPALITY.keyField()).isEqualTo("code");
    }

    @Test
    void anIdNeedsALabelAndAKey() {
        assertThatThrownBy(() -> new NodeId("theme", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeId("Theme", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
