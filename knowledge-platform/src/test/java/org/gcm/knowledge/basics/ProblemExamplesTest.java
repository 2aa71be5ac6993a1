package org.gcm.knowledge.basics;

import static io.restassured.RestAssured.given;
import static org.gcm.knowledge.support.Practices.action;
import static org.gcm.knowledge.support.Practices.assign;
import static org.gcm.knowledge.support.Practices.content;
import static org.gcm.knowledge.support.Practices.create;
import static org.gcm.knowledge.support.Practices.editor;
import static org.gcm.knowledge.support.Practices.someone;
import static org.gcm.knowledge.support.Practices.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * What the OpenAPI document promises for each refusal is what the service answers: for a real refusal of every kind
 * the platform gives, the body's type, title and status are those of one of the examples the document shows for
 * that operation and status.
 */
@QuarkusTest
class ProblemExamplesTest {

    private static JsonPath document;

    /** Read once, at the first test: the application is up by then. */
    private static JsonPath document() {
        if (document == null) {
            document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                    .extract().jsonPath();
        }
        return document;
    }

    @Test
    void invalidContentIsTheDocumentedValidationProblem() {
        Map<String, Object> bad = new HashMap<>(content("en", "No objectives", "None.", 1));
        bad.put("objectives", List.of());
        matches("/practices", "post", given().auth().oauth2(user("someone")).contentType(ContentType.JSON).body(bad)
                .when().post("/practices").then().statusCode(400).extract());
    }

    @Test
    void anInvalidQueryParameterIsTheDocumentedValidationProblem() {
        matches("/practices", "get", given().queryParam("limit", 500).when().get("/practices").then().statusCode(400)
                .extract());
    }

    @Test
    void noTokenIsTheDocumentedUnauthorizedProblem() {
        matches("/practices", "post", given().contentType(ContentType.JSON).body(content("en", "x", "y", 1))
                .when().post("/practices").then().statusCode(401).extract());
    }

    @Test
    void theWrongRoleIsTheDocumentedForbiddenProblem() {
        String id = create(user(someone("submitter")), content("en", "Role check", "Roles.", 1));
        matches("/practices/{id}/publish", "post", action(user("someone"), id, "publish", null).statusCode(403).extract());
    }

    @Test
    void aForbiddenRefusalIsTheDocumentedForbiddenProblem() {
        String id = create(user(someone("submitter")), content("en", "Owner check", "Owners.", 1));
        // Editors may read a draft, but only its submitter submits it.
        matches("/practices/{id}/submit", "post", action(editor(), id, "submit", null).statusCode(403).extract());
    }

    @Test
    void anUnknownPracticeIsTheDocumentedNotFoundProblem() {
        matches("/practices/{id}", "get", given().when().get("/practices/" + UUID.randomUUID()).then().statusCode(404)
                .extract());
        matches("/forums/{forum}/inputs", "get", given().when().get("/forums/imrf-2019/inputs").then().statusCode(404)
                .extract());
    }

    @Test
    void aWrongStateIsTheDocumentedStateConflict() {
        String id = create(user(someone("submitter")), content("en", "State check", "States.", 1));
        matches("/practices/{id}/publish", "post", action(editor(), id, "publish", null).statusCode(409).extract());
    }

    @Test
    void aPublicationWithoutQuorumIsTheDocumentedConflictOfItsOwnKind() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Quorum check", "Quorums.", 1));
        action(submitter, id, "submit", null).statusCode(200);
        assign(id, someone("reviewer"), "UN");
        ExtractableResponse<Response> refused = action(editor(), id, "publish", null).statusCode(409).extract();
        assertEquals("/problems/review-quorum-not-met", refused.path("type"));
        matches("/practices/{id}/publish", "post", refused);
    }

    @Test
    void aStaleIfMatchIsTheDocumentedPreconditionProblem() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Version check", "Versions.", 1));
        matches("/practices/{id}/submit", "post", given().auth().oauth2(submitter).header("If-Match", "\"7\"")
                .when().post("/practices/" + id + "/submit").then().statusCode(412).extract());
    }

    @Test
    void aReusedIdempotencyKeyIsTheDocumentedProblem() {
        String submitter = user(someone("submitter"));
        String key = "problem-examples-" + UUID.randomUUID();
        given().auth().oauth2(submitter).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(content("en", "First", "First.", 1)).when().post("/practices").then().statusCode(201);
        matches("/practices", "post", given().auth().oauth2(submitter).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(content("en", "Second", "Second.", 2))
                .when().post("/practices").then().statusCode(422).extract());
    }

    /** The refusal's type, title and status are those of one of the operation's documented examples for its status. */
    private static void matches(String path, String method, ExtractableResponse<Response> refusal) {
        assertEquals("application/problem+json", refusal.contentType());
        String status = Integer.toString(refusal.statusCode());
        Map<String, Map<String, Object>> examples = document().getMap("paths.'" + path + "'." + method + ".responses.'"
                + status + "'.content.'application/problem+json'.examples");
        assertFalse(examples == null || examples.isEmpty(), "no examples documented for " + method + " " + path + " " + status);
        String type = refusal.path("type");
        String title = refusal.path("title");
        int answered = refusal.path("status");
        assertTrue(examples.values().stream().map(e -> asMap(e.get("value"))).anyMatch(example ->
                type.equals(example.get("type")) && title.equals(example.get("title"))
                        && Integer.valueOf(answered).equals(example.get("status"))),
                () -> method + " " + path + " answered " + type + " \"" + title + "\" " + answered
                        + "; the document shows " + examples);
    }

    /** An example's value: JSON in the document, or a string of JSON where the generator kept it as written. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof String json ? JsonPath.from(json).getMap("$") : (Map<String, Object>) value;
    }
}
