package org.gcm.knowledge.practices;

import static io.restassured.RestAssured.given;
import static org.gcm.knowledge.support.Practices.action;
import static org.gcm.knowledge.support.Practices.assign;
import static org.gcm.knowledge.support.Practices.content;
import static org.gcm.knowledge.support.Practices.create;
import static org.gcm.knowledge.support.Practices.declare;
import static org.gcm.knowledge.support.Practices.editor;
import static org.gcm.knowledge.support.Practices.recommend;
import static org.gcm.knowledge.support.Practices.reviewer;
import static org.gcm.knowledge.support.Practices.someone;
import static org.gcm.knowledge.support.Practices.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The practice lifecycle of DESIGN.md section 3, the review quorum with conflicts of interest, and the history. */
@QuarkusTest
class PracticeLifecycleTest {

    @Test
    void aSubmittedPracticeIsReviewedByAQuorumWithAConflictReplacedAndPublished() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Community sponsorship of refugees", "Local groups sponsor arrivals.", 16, 23));
        given().auth().oauth2(submitter).when().get("/practices/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
        action(submitter, id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));

        String un = someone("reviewer-un");
        String ext1 = someone("reviewer-ext");
        String conflicted = someone("reviewer-ext");
        String unReview = assign(id, un, "UN");
        given().auth().oauth2(editor()).when().get("/practices/" + id).then().body("status", equalTo("UNDER_REVIEW"));
        String ext1Review = assign(id, ext1, "EXTERNAL");
        String conflictedReview = assign(id, conflicted, "EXTERNAL");

        declare(reviewer(un, "UN"), id, unReview, false).statusCode(200).body("state", equalTo("CLEARED"));
        declare(reviewer(ext1, "external"), id, ext1Review, false).statusCode(200);
        declare(reviewer(conflicted, "external"), id, conflictedReview, true).statusCode(200)
                .body("state", equalTo("CONFLICTED"));
        // A removed reviewer can no longer recommend, nor even see the item.
        recommend(reviewer(conflicted, "external"), id, conflictedReview, "PUBLISH").statusCode(409);
        given().auth().oauth2(reviewer(conflicted, "external")).when().get("/practices/" + id).then().statusCode(404);

        recommend(reviewer(un, "UN"), id, unReview, "PUBLISH").statusCode(200);
        recommend(reviewer(ext1, "external"), id, ext1Review, "PUBLISH").statusCode(200);
        // Two recommendations are not a quorum: the conflicted reviewer must be replaced.
        action(editor(), id, "publish", null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/review-quorum-not-met"))
                .body("detail", containsString("it has 1 UN and 1 external"));

        String replacement = someone("reviewer-ext");
        String replacementReview = assign(id, replacement, "EXTERNAL");
        declare(reviewer(replacement, "external"), id, replacementReview, false).statusCode(200);
        recommend(reviewer(replacement, "external"), id, replacementReview, "PUBLISH").statusCode(200);

        action(editor(), id, "publish", Map.of("reason", "quorum recommends")).statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        given().when().get("/practices/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        given().auth().oauth2(submitter).when().get("/practices/" + id + "/history")
                .then().statusCode(200)
                .body("items.to", contains("DRAFT", "SUBMITTED", "UNDER_REVIEW", "PUBLISHED"))
                .body("items[3].actor", equalTo("editor-1"))
                .body("items[3].reason", equalTo("quorum recommends"));
        given().auth().oauth2(editor()).when().get("/practices/" + id + "/reviews")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.state", hasItems("CLEARED", "CONFLICTED"));
    }

    @Test
    void changesRequestedGoBackToTheSubmitterAndTheReviewersRecommendAgain() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("fr", "Guichets uniques pour les migrants", "Un guichet par région.", 15));
        action(submitter, id, "submit", null).statusCode(200);
        org.gcm.knowledge.support.Practices.underQuorum(id);
        action(editor(), id, "request-changes", Map.of()).statusCode(400);
        action(editor(), id, "request-changes", Map.of("reason", "Ajoutez les résultats.")).statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED"));

        String etag = given().auth().oauth2(submitter).when().get("/practices/" + id).then().extract().header("ETag");
        Map<String, Object> changed = new HashMap<>(content("fr", "Guichets uniques pour les migrants", "Un guichet par région.", 15));
        changed.put("results", "40 000 personnes reçues en 2024");
        given().auth().oauth2(submitter).header("If-Match", "\"999\"").contentType(ContentType.JSON).body(changed)
                .when().put("/practices/" + id).then().statusCode(412);
        given().auth().oauth2(submitter).header("If-Match", etag).contentType(ContentType.JSON).body(changed)
                .when().put("/practices/" + id).then().statusCode(200).body("results", equalTo("40 000 personnes reçues en 2024"));

        action(submitter, id, "submit", null).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        given().auth().oauth2(editor()).when().get("/practices/" + id + "/reviews")
                .then().body("items.recommendation", contains(nullValue(), nullValue(), nullValue()));
        action(editor(), id, "publish", null).statusCode(409);
    }

    @Test
    void rejectedAndPublishedPracticesAreArchived() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("es", "Ventanilla única de empleo", "Orientación laboral para migrantes.", 6));
        action(submitter, id, "submit", null).statusCode(200);
        assign(id, someone("reviewer"), "UN");
        action(editor(), id, "reject", Map.of("reason", "Fuera de alcance")).statusCode(200).body("status", equalTo("REJECTED"));
        action(editor(), id, "archive", null).statusCode(200).body("status", equalTo("ARCHIVED"));
        action(editor(), id, "archive", null).statusCode(409)
                .body("detail", containsString("is ARCHIVED; it can move to ARCHIVED only from [PUBLISHED, REJECTED]"));
    }

    @Test
    void aWrongStateIsAConflictNamingTheCurrentAndAllowedStates() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Wage protection", "Wages paid into accounts.", 6));
        action(editor(), id, "publish", null).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("is DRAFT; it can move to PUBLISHED only from [UNDER_REVIEW]"));
        action(submitter, id, "submit", null).statusCode(200);
        action(submitter, id, "submit", null).statusCode(409).body("detail", containsString("is SUBMITTED"));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Consular help desks", "Help desks abroad.", 14));
        given().auth().oauth2(submitter).header("If-Match", "\"7\"").when().post("/practices/" + id + "/submit")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(submitter).header("If-Match", "\"0\"").when().post("/practices/" + id + "/submit")
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aCreationIsReplayedForTheSameIdempotencyKeyAndRefusedForAnotherBody() {
        String submitter = user(someone("submitter"));
        Map<String, Object> body = content("en", "Skills partnership", "Training before migration.", 18);
        String first = given().auth().oauth2(submitter).header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body(body)
                .when().post("/practices").then().statusCode(201).header("Location", containsString("/practices/"))
                .extract().path("id");
        given().auth().oauth2(submitter).header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body(body)
                .when().post("/practices").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(submitter).header("Idempotency-Key", "k-1").contentType(ContentType.JSON)
                .body(content("en", "Another", "Other.", 1))
                .when().post("/practices").then().statusCode(422);
    }

    @Test
    void contentRulesAreCheckedFieldByField() {
        Map<String, Object> bad = new HashMap<>(content("en", "No objectives", "None.", 1));
        bad.put("objectives", List.of());
        bad.put("countries", List.of("XXX"));
        bad.put("originalLanguage", "de");
        given().auth().oauth2(user("someone")).contentType(ContentType.JSON).body(bad)
                .when().post("/practices").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("objectives", "countries[0]", "originalLanguage"));
        Map<String, Object> input = new HashMap<>(content("en", "Input", "An input.", 1));
        input.put("kind", "REVIEW_INPUT");
        given().auth().oauth2(user("someone")).contentType(ContentType.JSON).body(input)
                .when().post("/practices").then().statusCode(400).body("errors.field", hasItems("forum", "submitterType", "level"));
    }

    @Test
    void aReviewerMustHoldTheAffiliationTheReviewNeeds() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Return counselling", "Counselling before return.", 21));
        action(submitter, id, "submit", null).statusCode(200);
        String subject = someone("reviewer");
        String review = assign(id, subject, "UN");
        declare(reviewer(subject, "external"), id, review, false).statusCode(403);
        declare(reviewer(subject, "UN"), id, review, false).statusCode(200);
        declare(reviewer(subject, "UN"), id, review, false).statusCode(409);
        // The same reviewer cannot be put on the panel twice.
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(Map.of("reviewer", subject, "affiliation", "UN"))
                .when().post("/practices/" + id + "/reviews").then().statusCode(409);
    }

    @Test
    void countriesBringTheirM49Regions() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Labour attachés", "Attachés in host countries.", 6));
        given().auth().oauth2(submitter).when().get("/practices/" + id)
                .then().body("countries", contains("KEN")).body("regions", contains("014", "202", "002"));
    }
}
