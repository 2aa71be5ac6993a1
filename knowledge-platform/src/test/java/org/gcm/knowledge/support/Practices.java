package org.gcm.knowledge.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gcm.testsupport.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Test helpers: tokens for the knowledge platform's roles, and practices driven through the real API. */
public final class Practices {

    private Practices() {
    }

    public static String user(String subject) {
        return TestTokens.of(subject).sign();
    }

    public static String editor() {
        return TestTokens.of("editor-1", "editor").sign();
    }

    public static String reviewer(String subject, String affiliation) {
        return TestTokens.of(subject, "reviewer").claim("affiliation", affiliation).sign();
    }

    /** A unique reviewer subject, so tests do not meet each other's assignments. */
    public static String someone(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> content(String language, String title, String summary, int... objectives) {
        return Map.of("kind", "PRACTICE", "originalLanguage", language,
                "title", Map.of(language, title), "summary", Map.of(language, summary),
                "body", summary, "objectives", java.util.Arrays.stream(objectives).boxed().toList(),
                "principles", List.of("people-centred"), "countries", List.of("KEN"), "licence", "CC-BY-4.0");
    }

    public static String create(String token, Map<String, Object> content) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(content)
                .when().post("/practices")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse action(String token, String id, String action, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/practices/" + id + "/" + action).then();
    }

    public static String assign(String id, String reviewer, String affiliation) {
        return given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(Map.of("reviewer", reviewer, "affiliation", affiliation))
                .when().post("/practices/" + id + "/reviews")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse declare(String token, String id, String reviewId, boolean conflict) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(conflict ? Map.of("conflict", true, "statement", "I advised the ministry on it.") : Map.of("conflict", false))
                .when().post("/practices/" + id + "/reviews/" + reviewId + "/declaration").then();
    }

    public static ValidatableResponse recommend(String token, String id, String reviewId, String recommendation) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("recommendation", recommendation, "comments", "Reviewed."))
                .when().post("/practices/" + id + "/reviews/" + reviewId + "/recommendation").then();
    }

    /** Creates, submits, has a full panel (1 UN, 2 external) recommend, and publishes. Returns the id. */
    public static String published(Map<String, Object> content) {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content);
        action(submitter, id, "submit", null).statusCode(200);
        underQuorum(id);
        action(editor(), id, "publish", Map.of("reason", "quorum recommends")).statusCode(200);
        return id;
    }

    /** Assigns 1 UN and 2 external reviewers who clear themselves and recommend PUBLISH. */
    public static void underQuorum(String id) {
        for (String affiliation : List.of("UN", "external", "external")) {
            String subject = someone("reviewer-" + affiliation.toLowerCase());
            String token = reviewer(subject, affiliation);
            String review = assign(id, subject, affiliation.toUpperCase());
            declare(token, id, review, false).statusCode(200);
            recommend(token, id, review, "PUBLISH").statusCode(200);
        }
    }
}
