package org.gcm.tracing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RequestIdsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCallersIdReachesTheLogContextOfTheBlockingResourceAndTheAnswer() {
        given().header("X-Request-Id", "gw-1234")
                .when().get("/probe")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("gw-1234"))
                .body(equalTo("gw-1234"));
    }

    @Test
    void aRequestWithoutIdGetsANewOne() {
        var answer = given().when().get("/probe");
        answer.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        answer.then().body(equalTo(answer.header("X-Request-Id")));
    }

    @Test
    void anImplausibleIdIsReplaced() {
        given().header("X-Request-Id", "a b\tc")
                .when().get("/probe")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void answersWithoutAResourceCarryTheIdToo() {
        given().header("X-Request-Id", "lost-1")
                .when().get("/nowhere")
                .then().statusCode(404)
                .header("X-Request-Id", equalTo("lost-1"));
    }
}
