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
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who may do what, endpoint by endpoint: anonymous callers read only published items; submitters see and change
 * their own; reviewers see only the items they are assigned to and act only on their own reviews; editors moderate.
 */
@QuarkusTest
class PracticeAccessTest {

    private String submitterSubject;
    private String submitter;
    private String id;
    private String assignedSubject;
    private String assigned;
    private String review;
    private final String stranger = user("stranger");
    private final String otherReviewer = reviewer("reviewer-elsewhere", "UN");

    @BeforeEach
    void practiceUnderReview() {
        submitterSubject = someone("submitter");
        submitter = user(submitterSubject);
        id = create(submitter, content("en", "Access rules", "Who sees what.", 1));
        action(submitter, id, "submit", null).statusCode(200);
        assignedSubject = someone("reviewer");
        assigned = reviewer(assignedSubject, "external");
        review = assign(id, assignedSubject, "EXTERNAL");
    }

    @Test
    void readingAnUnpublishedPracticeIsForItsSubmitterItsReviewersAndEditors() {
        given().when().get("/practices/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).when().get("/practices/" + id).then().statusCode(404);
        given().auth().oauth2(otherReviewer).when().get("/practices/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.memberState("KEN")).when().get("/practices/" + id).then().statusCode(404);
        given().auth().oauth2(submitter).when().get("/practices/" + id).then().statusCode(200);
        given().auth().oauth2(assigned).when().get("/practices/" + id).then().statusCode(200);
        given().auth().oauth2(editor()).when().get("/practices/" + id).then().statusCode(200);
    }

    @Test
    void creatingNeedsATokenAndAnySignedInUserMay() {
        given().contentType(ContentType.JSON).body(content("en", "x", "y", 1)).when().post("/practices").then().statusCode(401);
        given().auth().oauth2(TestTokens.of("donor-1", "donor").sign()).contentType(ContentType.JSON).body(content("en", "x", "y", 1))
                .when().post("/practices").then().statusCode(201);
    }

    @Test
    void changingAndSubmittingAreForTheSubmitterAndEditorsChangeToo() {
        Map<String, Object> body = content("en", "Access rules, changed", "Who sees what.", 1);
        given().contentType(ContentType.JSON).body(body).when().put("/practices/" + id).then().statusCode(401);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(body).when().put("/practices/" + id).then().statusCode(404);
        given().auth().oauth2(assigned).contentType(ContentType.JSON).body(body).when().put("/practices/" + id).then().statusCode(403);
        // Under review, the submitter may no longer change it; an editor may.
        given().auth().oauth2(submitter).contentType(ContentType.JSON).body(body).when().put("/practices/" + id).then().statusCode(409);
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(body).when().put("/practices/" + id).then().statusCode(200);

        String draft = create(submitter, content("en", "Another", "Draft.", 2));
        given().when().post("/practices/" + draft + "/submit").then().statusCode(401);
        action(stranger, draft, "submit", null).statusCode(404);
        action(editor(), draft, "submit", null).statusCode(403);
        action(submitter, draft, "submit", null).statusCode(200);
    }

    @Test
    void editorialDecisionsAreForEditorsOnly() {
        for (String decision : List.of("publish", "request-changes", "reject", "archive")) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "r")).when().post("/practices/" + id + "/" + decision)
                    .then().statusCode(401);
            action(submitter, id, decision, Map.of("reason", "r")).statusCode(403);
            action(assigned, id, decision, Map.of("reason", "r")).statusCode(403);
        }
        action(editor(), id, "request-changes", Map.of("reason", "More detail.")).statusCode(200);
    }

    @Test
    void historyIsForWhoeverMayReadThePractice() {
        given().when().get("/practices/" + id + "/history").then().statusCode(401);
        given().auth().oauth2(stranger).when().get("/practices/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(submitter).when().get("/practices/" + id + "/history").then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(assigned).when().get("/practices/" + id + "/history").then().statusCode(200);
    }

    @Test
    void reviewsAreSeenByEditorsAndEachReviewerSeesOnlyTheirOwn() {
        assign(id, someone("reviewer"), "UN");
        given().when().get("/practices/" + id + "/reviews").then().statusCode(401);
        given().auth().oauth2(submitter).when().get("/practices/" + id + "/reviews").then().statusCode(403);
        given().auth().oauth2(otherReviewer).when().get("/practices/" + id + "/reviews").then().statusCode(404);
        given().auth().oauth2(assigned).when().get("/practices/" + id + "/reviews").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].reviewer", equalTo(assignedSubject));
        given().auth().oauth2(editor()).when().get("/practices/" + id + "/reviews").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void onlyEditorsAssignReviewers() {
        Map<String, String> body = Map.of("reviewer", "someone-new", "affiliation", "UN");
        given().contentType(ContentType.JSON).body(body).when().post("/practices/" + id + "/reviews").then().statusCode(401);
        given().auth().oauth2(submitter).contentType(ContentType.JSON).body(body).when().post("/practices/" + id + "/reviews").then().statusCode(403);
        given().auth().oauth2(assigned).contentType(ContentType.JSON).body(body).when().post("/practices/" + id + "/reviews").then().statusCode(403);
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(Map.of("reviewer", submitterSubject, "affiliation", "UN"))
                .when().post("/practices/" + id + "/reviews").then().statusCode(400).body("errors[0].field", equalTo("reviewer"));
    }

    @Test
    void onlyTheAssignedReviewerDeclaresAndRecommends() {
        String declaration = "/practices/" + id + "/reviews/" + review + "/declaration";
        given().contentType(ContentType.JSON).body(Map.of("conflict", false)).when().post(declaration).then().statusCode(401);
        given().auth().oauth2(submitter).contentType(ContentType.JSON).body(Map.of("conflict", false)).when().post(declaration).then().statusCode(403);
        given().auth().oauth2(editor()).contentType(ContentType.JSON).body(Map.of("conflict", false)).when().post(declaration).then().statusCode(403);
        declare(reviewer("reviewer-elsewhere", "external"), id, review, false).statusCode(404);
        recommend(assigned, id, review, "PUBLISH").statusCode(409);
        declare(assigned, id, review, false).statusCode(200);

        String recommendation = "/practices/" + id + "/reviews/" + review + "/recommendation";
        given().contentType(ContentType.JSON).body(Map.of("recommendation", "PUBLISH")).when().post(recommendation).then().statusCode(401);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("recommendation", "PUBLISH")).when().post(recommendation).then().statusCode(403);
        recommend(reviewer("reviewer-elsewhere", "external"), id, review, "PUBLISH").statusCode(404);
        recommend(assigned, id, review, "PUBLISH").statusCode(200).body("recommendation", equalTo("PUBLISH"));
    }
}
