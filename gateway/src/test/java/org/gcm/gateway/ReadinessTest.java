package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReadinessTest {

    @Test
    void reportsEachServiceAndIsNotReadyWhileOneIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.hub", startsWith("http://127.0.0.1:"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.fund", org.hamcrest.Matchers.containsString("DOWN"))
                .body("checks.find { it.name == 'Services behind the gateway' }.data.knowledge", org.hamcrest.Matchers.endsWith(" UP"));
    }

    @Test
    void isLive() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
