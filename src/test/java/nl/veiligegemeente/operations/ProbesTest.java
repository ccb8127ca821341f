package nl.veiligegemeente.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import nl.veiligegemeente.support.GraphQLTest;

/** The probes of the Deployment in k8s/ ask paths the running service answers with UP. */
@GraphQLTest
class ProbesTest {

    @Test
    void everyProbePathOfTheManifestAnswersUp() {
        var deployment = (Deployment) Manifests.objects(Manifests.ROOT.resolve("base/deployment.yaml")).get(0);
        var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        var paths = Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
                .map(probe -> probe.getHttpGet().getPath()).toList();
        assertThat(paths).hasSize(3).doesNotHaveDuplicates();
        for (var path : paths) {
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
