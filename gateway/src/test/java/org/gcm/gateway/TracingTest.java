package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every request has an id that the caller, the gateway and the service share. */
@QuarkusTest
class TracingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final String officer = TestTokens.of("officer", "secretariat").sign();

    @Test
    void aCallersRequestIdIsForwardedAndReturned() {
        given().auth().oauth2(officer).header("X-Request-Id", "ministry-7f3a")
                .when().get("/api/hub/requests")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("ministry-7f3a"))
                .body("headers.x-request-id", equalTo("ministry-7f3a"));
    }

    @Test
    void theAnswerCarriesTheIdOnceThoughTheServiceReturnsItToo() {
        var answer = given().auth().oauth2(officer).header("X-Request-Id", "ministry-8b2c")
                .when().get("/api/hub/requests");
        answer.then().statusCode(200);
        assertEquals(List.of("ministry-8b2c"), answer.headers().getValues("X-Request-Id"));
    }

    @Test
    void aRequestWithoutIdGetsOneThatTheServiceSeesToo() {
        var answer = given().auth().oauth2(officer).when().get("/api/hub/requests");
        answer.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        answer.then().body("headers.x-request-id", equalTo(answer.header("X-Request-Id")));
    }

    @Test
    void anImplausibleIdIsReplaced() {
        given().auth().oauth2(officer).header("X-Request-Id", "evil\u0000id with spaces")
                .when().get("/api/hub/requests")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("X-Request-Id", not(equalTo("evil id with spaces")));
    }

    @Test
    void refusalsCarryTheIdToo() {
        given().header("X-Request-Id", "refused-1")
                .when().get("/api/hub/requests")
                .then().statusCode(401)
                .header("X-Request-Id", equalTo("refused-1"));
    }

    @Test
    void locationsPointAtTheGateway() {
        given().auth().oauth2(officer).when().post("/api/hub/created")
                .then().statusCode(201)
                .header("Location", equalTo("/api/hub/requests/42"));
    }
}
