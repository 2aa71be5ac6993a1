package org.gcm.writeguards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class WriteGuardsTest {

    private static final String DONOR = TestTokens.of("donor-portal", "donor").sign();
    private static final String OTHER_DONOR = TestTokens.of("another-portal", "donor").sign();

    private static Response post(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/pledges");
    }

    private static long count(String donor) {
        return given().auth().oauth2(DONOR).queryParam("donor", donor).when().get("/pledges/count")
                .then().statusCode(200).extract().body().asString().transform(Long::parseLong);
    }

    private static String donorBody(String donor) {
        return "{\"donor\": \"" + donor + "\", \"amount\": 100.50}";
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String donor = UUID.randomUUID().toString();
        post(DONOR, null, donorBody(donor)).then().statusCode(201);
        post(DONOR, null, donorBody(donor)).then().statusCode(201);
        assertEquals(2, count(donor));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String donor = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Response first = post(DONOR, key, donorBody(donor));
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue()).header("ETag", equalTo("\"1\""));

        Response retry = post(DONOR, key, donorBody(donor));
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(first.path("id")))
                .body("amount", equalTo(100.50f));
        assertEquals(1, count(donor));
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        String donor = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        post(DONOR, key, donorBody(donor)).then().statusCode(201);
        post(DONOR, key, "{\"donor\": \"" + donor + "\", \"amount\": 999}").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].rule", equalTo("same-request"));
        assertEquals(1, count(donor));
    }

    @Test
    void keysBelongToTheirCaller() {
        String donor = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        post(DONOR, key, donorBody(donor)).then().statusCode(201);
        post(OTHER_DONOR, key, donorBody(donor)).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertEquals(2, count(donor));
    }

    @Test
    void aFailedCreationLeavesNoKeySoTheRetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        post(DONOR, key, donorBody("refused")).then().statusCode(400).body("errors[0].field", equalTo("donor"));
        post(DONOR, key, donorBody("refused")).then().statusCode(400).body("errors[0].rule", equalTo("known-donor"));
    }

    @Test
    void aMalformedKeyIsNamed() {
        post(DONOR, "a".repeat(256), donorBody("anyone")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesCreateOnce() throws Exception {
        String donor = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> retries = java.util.stream.IntStream.range(0, 6)
                    .<Callable<Integer>>mapToObj(i -> () -> post(DONOR, key, donorBody(donor)).statusCode())
                    .toList();
            for (Future<Integer> status : pool.invokeAll(retries)) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count(donor));
    }

    @Test
    void aChangeAppliesOnlyToTheVersionTheCallerRead() {
        String location = post(DONOR, null, donorBody(UUID.randomUUID().toString())).header("Location");
        given().auth().oauth2(DONOR).header("If-Match", "\"1\"").when().post(location + "/raise")
                .then().statusCode(204).header("ETag", equalTo("\"2\""));
        given().auth().oauth2(DONOR).header("If-Match", "\"1\"").when().post(location + "/raise")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(DONOR).header("If-Match", "W/\"2\"").when().post(location + "/raise")
                .then().statusCode(412);
        given().auth().oauth2(DONOR).header("If-Match", "\"7\", \"2\"").when().post(location + "/raise")
                .then().statusCode(204).header("ETag", equalTo("\"3\""));
        given().auth().oauth2(DONOR).when().post(location + "/raise")
                .then().statusCode(204).header("ETag", equalTo("\"4\""));
    }
}
