package org.gcm.fund.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.gcm.fund.support.Tokens;
import org.gcm.testsupport.PostgresAndKafkaResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** With fund.demo-data.enabled, an empty database starts with the demo contributors and their contributions. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    /** Demo data on a database of its own, so that it starts empty whatever the other tests wrote. */
    public static class WithDemoData implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fund.demo-data.enabled", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresAndKafkaResource.class, Map.of("database", "start_up_fund_demo")),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void theDemoContributorsAndTheirMoneyAreThereMarkedAsDemo() {
        given().auth().oauth2(Tokens.donor("CTR-DEMO-001")).when().get("/contributors/CTR-DEMO-001")
                .then().statusCode(200)
                .body("demo", equalTo(true))
                .body("organisationType", equalTo("10"));
        given().auth().oauth2(Tokens.fundManager()).when().get("/contributors")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.demo", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.donor("CTR-DEMO-001")).when().get("/contributions")
                .then().statusCode(200)
                .body("items[0].status", equalTo("DEPOSITED"))
                .body("items[0].depositedUsd.amount", equalTo("542500.00"))
                .body("items[0].demo", equalTo(true));
        given().auth().oauth2(Tokens.fundManager()).when().get("/contributions")
                .then().statusCode(200)
                .body("items.status", hasItems("PLEDGED", "COMMITTED", "DEPOSITED"));
        given().when().get("/figures")
                .then().statusCode(200)
                .body("sources.contributions.amount", equalTo("1439900.00"));
    }
}
