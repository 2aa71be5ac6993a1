package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RoutingTest {

    private final String officer = TestTokens.of("officer", "secretariat").sign();

    @Test
    void forwardsWithoutThePrefixKeepingQueryAndHeaders() {
        given().auth().oauth2(officer)
                .header("If-Match", "\"v1\"")
                .header("Idempotency-Key", "key-1")
                .accept(ContentType.JSON)
                .queryParam("status", "SUBMITTED")
                .when().get("/api/hub/requests")
                .then().statusCode(200)
                .header("ETag", "\"v1\"")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/requests"))
                .body("query", equalTo("status=SUBMITTED"))
                .body("headers.authorization", equalTo("Bearer " + officer))
                .body("headers.if-match", equalTo("\"v1\""))
                .body("headers.idempotency-key", equalTo("key-1"));
    }

    @Test
    void streamsTheRequestBody() {
        String body = "{\"description\": \"" + "x".repeat(200_000) + "\"}";
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(body)
                .when().post("/api/hub/requests")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("headers.content-type", startsWith("application/json"))
                .body("body", equalTo(body));
    }

    @Test
    void refusesAProtectedRouteWithoutTokenBeforeForwarding() {
        given().when().get("/api/hub/requests")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/hub/requests"));
    }

    @Test
    void refusesAnExpiredToken() {
        given().auth().oauth2(TestTokens.of("late", "secretariat").expired().sign())
                .when().get("/api/hub/requests")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void refusesATokenNotMeantForTheGateway() {
        given().auth().oauth2(TestTokens.of("lost", "secretariat").audience("some-other-api").sign())
                .when().get("/api/hub/requests")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void letsAnonymousCallersReachHealthAndDocuments() {
        given().when().get("/api/hub/q/openapi")
                .then().statusCode(200)
                .body("path", equalTo("/q/openapi"))
                .body("headers.authorization", nullValue());
    }

    @Test
    void letsAnonymousCallersReadTheEventContracts() {
        given().when().get("/api/hub/asyncapi.yaml")
                .then().statusCode(200)
                .body("path", equalTo("/asyncapi.yaml"));
    }

    @Test
    void letsAnonymousCallersReadKnowledge() {
        given().when().get("/api/knowledge/objectives")
                .then().statusCode(200)
                .body("path", equalTo("/objectives"));
    }

    @Test
    void letsAnonymousCallersReadTheFundsIatiFileButNothingElseOfTheFund() {
        // Forwarded without a token: the fund of these tests is down, so the answer is the gateway's 503, not a 401.
        given().when().get("/api/fund/iati/activities.xml")
                .then().statusCode(503)
                .contentType("application/problem+json");
        given().when().get("/api/fund/contributions")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void keepsWritesToKnowledgeForSignedInCallers() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/knowledge/practices")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void keepsTheServicesOperatorEndpointsPrivate() {
        given().auth().oauth2(officer).when().get("/api/hub/q/metrics")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/fund/q/swagger-ui/")
                .then().statusCode(404);
        given().when().get("/api/hub/q/health/ready")
                .then().statusCode(200)
                .body("path", equalTo("/q/health/ready"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().when().get("/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
