package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What the gateway's HTTP layer answers by itself is a problem, like the services' answers, and every problem a caller
 * gets names the public path it asked, whether the gateway or the service refused.
 */
@QuarkusTest
class HttpLayerTest {

    private final String officer = TestTokens.of("officer", "secretariat").sign();

    private static ValidatableResponse aProblem(ValidatableResponse answer, int status) {
        return answer.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void aServicesProblemNamesThePublicPath() {
        aProblem(given().auth().oauth2(officer).when().get("/api/hub/problem/42").then(), 404)
                .body("instance", equalTo("/api/hub/problem/42"))
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("There is no request 42."));
    }

    @Test
    void theGatewaysOwnProblemNamesThePublicPathToo() {
        aProblem(given().when().get("/api/hub/problem/42").then(), 401)
                .body("instance", equalTo("/api/hub/problem/42"));
    }

    @Test
    void otherAnswersPassUnchanged() {
        given().auth().oauth2(officer).when().get("/api/hub/requests/42")
                .then().statusCode(200).contentType("application/json").body("path", equalTo("/requests/42"));
    }

    @Test
    void aTooLongRequestTargetIsAProblem() {
        aProblem(given().auth().oauth2(officer).queryParam("q", "x".repeat(5000)).when().get("/api/hub/requests")
                .then(), 414)
                .body("detail", containsString("at most 4096"));
    }

    @Test
    void tooLargeHeadersAreAProblem() {
        aProblem(given().header("X-Padding", "x".repeat(22_000)).when().get("/api/knowledge/objectives").then(), 431)
                .body("detail", containsString("at most 20480"))
                .body("instance", equalTo("/api/knowledge/objectives"));
    }
}
