package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Rate limits per client and route, and the body size limit, refuse before anything is forwarded. */
@QuarkusTest
class LimitsTest {

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersDoNot() {
        String flooder = TestTokens.of("flooder", "partner").sign();
        for (int i = 0; i < 3; i++) {
            // The service's answer carries the client's figures, so that it can slow down before a 429.
            given().auth().oauth2(flooder).when().get("/api/limited/anything").then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(2 - i))
                    .header("RateLimit-Reset", notNullValue());
        }
        given().auth().oauth2(flooder).when().get("/api/limited/anything")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429));
        given().auth().oauth2(TestTokens.of("neighbour", "partner").sign())
                .when().get("/api/limited/anything").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        given().auth().oauth2(TestTokens.of("uploader", "editor").sign())
                .contentType(ContentType.JSON).body("{\"x\": \"" + "y".repeat(400_000) + "\"}")
                .when().post("/api/hub/requests")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }
}
