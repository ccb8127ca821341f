package nl.veiligegemeente.network;

import static nl.veiligegemeente.support.GraphQLClient.graphql;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.veiligegemeente.support.TestDatabases;

@QuarkusTest
@WithTestResource(value = TestDatabases.class, scope = TestResourceScope.GLOBAL)
class SmokeTest {

    @Test
    void seminar() {
        var body = graphql("""
                { seminar(id: "seminar-de-veilige-gemeente-2021") { title date organisers { nodes { name } }
                  sessions { totalCount edges { cursor node { title speakers { nodes { name organisation { name } } } } } } } }
                """).extract().asString();
        System.out.println(body);
        System.out.println(io.restassured.RestAssured.get("/graphql/schema.graphql").asString());
    }
}
