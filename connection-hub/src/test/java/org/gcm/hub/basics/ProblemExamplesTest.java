package org.gcm.hub.basics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The problem examples the OpenAPI document shows are what the hub really answers: for a real refusal of each kind,
 * the body's type, title and status equal one of the examples documented for that operation and status.
 */
@QuarkusTest
class ProblemExamplesTest {

    private static Map<String, Object> paths;

    /** The document's paths, read once (RestAssured knows the test port only once a test runs). */
    private static Map<String, Object> paths() {
        if (paths == null) {
            paths = given().accept("application/json").when().get("/q/openapi?format=json")
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
        }
        return paths;
    }

    @Test
    void invalidInput400() {
        Map<String, Object> noObjectives = Bodies.request("MEX");
        noObjectives.put("objectives", List.of());
        assertDocumented("post", "/requests", 400, as(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .body(noObjectives).post("/requests"));
        Map<String, Object> unknownCountry = Bodies.request("XKX");
        assertDocumented("post", "/requests", 400, as(Tokens.memberState("XKX")).contentType(ContentType.JSON)
                .body(unknownCountry).post("/requests"));
        assertDocumented("get", "/requests", 400, as(Tokens.secretariat()).queryParam("limit", 201).get("/requests"));
    }

    @Test
    void noToken401() {
        assertDocumented("get", "/requests", 401, given().get("/requests"));
    }

    @Test
    void aRoleThatMayNotCall403() {
        assertDocumented("post", "/requests", 403, as(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Bodies.request("MEX")).post("/requests"));
    }

    @Test
    void aForbiddenRefusal403() {
        assertDocumented("post", "/requests", 403, as(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .body(Bodies.request("PHL")).post("/requests"));
        String own = Hub.partner(Map.of(6, 3), List.of("KEN"), 2);
        String other = Hub.partner(Map.of(6, 3), List.of("KEN"), 2);
        assertDocumented("put", "/partners/{id}", 403, as(Tokens.partner(own)).contentType(ContentType.JSON)
                .body(Bodies.partnerProfile("Other", Map.of(6, 3), List.of("KEN"), List.of("en"), 2))
                .put("/partners/" + other));
    }

    @Test
    void notFound404() {
        assertDocumented("get", "/requests/{id}", 404, as(Tokens.secretariat()).get("/requests/" + UUID.randomUUID()));
        assertDocumented("get", "/engagements/{engagementId}", 404,
                as(Tokens.secretariat()).get("/engagements/" + UUID.randomUUID()));
    }

    @Test
    void stateConflict409() {
        String draft = Hub.createRequest("MEX");
        assertDocumented("post", "/requests/{id}/assess", 409, as(Tokens.secretariat()).post("/requests/" + draft + "/assess"));
        assertDocumented("put", "/requests/{id}", 409, as(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .body(Bodies.request("MEX")).put("/requests/" + Hub.submitted("MEX")));
    }

    @Test
    void staleIfMatch412() {
        String id = Hub.createRequest("MEX");
        assertDocumented("put", "/requests/{id}", 412, as(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .header("If-Match", "\"7\"").body(Bodies.request("MEX")).put("/requests/" + id));
    }

    @Test
    void idempotencyKeyReused422() {
        String key = UUID.randomUUID().toString();
        as(Tokens.memberState("MEX")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Bodies.request("MEX")).post("/requests").then().statusCode(201);
        Map<String, Object> other = Bodies.request("MEX");
        other.put("title", "Another request");
        assertDocumented("post", "/requests", 422, as(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(other).post("/requests"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    @SuppressWarnings("unchecked")
    private static void assertDocumented(String method, String path, int status, Response real) {
        real.then().statusCode(status).contentType("application/problem+json");
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths().get(path)).get(method);
        Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses"))
                .get(String.valueOf(status));
        assertTrue(response != null, method + " " + path + " documents no " + status);
        Map<String, Object> problem = (Map<String, Object>) ((Map<String, Object>) response.get("content"))
                .get("application/problem+json");
        Map<String, Map<String, Object>> examples = (Map<String, Map<String, Object>>) problem.get("examples");
        assertFalse(examples == null || examples.isEmpty(), method + " " + path + " " + status + " shows no example");
        Set<List<Object>> documented = examples.values().stream().map(e -> (Map<String, Object>) e.get("value"))
                .map(ProblemExamplesTest::kind).collect(Collectors.toSet());
        List<Object> answered = kind(real.jsonPath().getMap(""));
        assertTrue(documented.contains(answered), method + " " + path + " answered " + answered
                + " but documents " + documented + "; body: " + real.asString());
        assertEquals(status, real.jsonPath().getInt("status"));
    }

    /** What a client switches on: type, title and status. */
    private static List<Object> kind(Map<String, Object> problem) {
        return List.of(String.valueOf(problem.get("type")), String.valueOf(problem.get("title")),
                ((Number) problem.get("status")).intValue());
    }
}
