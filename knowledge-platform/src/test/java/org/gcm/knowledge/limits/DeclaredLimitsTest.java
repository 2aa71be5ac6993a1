package org.gcm.knowledge.limits;

import static io.restassured.RestAssured.given;
import static org.gcm.knowledge.support.Practices.action;
import static org.gcm.knowledge.support.Practices.assign;
import static org.gcm.knowledge.support.Practices.content;
import static org.gcm.knowledge.support.Practices.create;
import static org.gcm.knowledge.support.Practices.editor;
import static org.gcm.knowledge.support.Practices.reviewer;
import static org.gcm.knowledge.support.Practices.someone;
import static org.gcm.knowledge.support.Practices.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Every knowledge input has declared limits (/tmp/briefs/limits.md, issue 17 items 3, 5, 7, 8): a value past one is
 * a 400 problem naming the field as the client wrote it, and nothing is stored.
 */
@QuarkusTest
class DeclaredLimitsTest {

    private static final String TEN_THOUSAND = "x".repeat(10_000);

    @Test
    void anOverlongContactNameLicenceOrBodyIsRefusedNamingItAndNothingIsStored() {
        String token = user(someone("limits"));
        refused(post(token, with("contact", Map.of("name", TEN_THOUSAND, "email", "fp@example.org",
                "publicationConsent", true))), "contact.name");
        refused(post(token, with("licence", TEN_THOUSAND)), "licence");
        refused(post(token, with("body", "b".repeat(50_001))), "body");
        refused(post(token, with("organisations", java.util.List.of(TEN_THOUSAND))), "organisations[0]");
        nothingStoredFor(token);
        // The longest valid address is stored, not refused by the database.
        String longest = "a".repeat(64) + "@" + "b".repeat(185) + ".org";
        post(token, with("contact", Map.of("email", longest, "publicationConsent", false))).statusCode(201);
    }

    @Test
    void aBodyOfFiveMegabytesIsRefusedBeforeItIsRead() {
        String token = user(someone("limits"));
        post(token, with("body", "b".repeat(5 * 1024 * 1024))).statusCode(413)
                .contentType("application/problem+json");
        nothingStoredFor(token);
    }

    @Test
    void theSummaryIsRequiredAndTheBodyToo() {
        String token = user(someone("limits"));
        Map<String, Object> noSummary = new HashMap<>(content("en", "No summary", "unused", 6));
        noSummary.remove("summary");
        refused(post(token, noSummary), "summary");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("null").when().post("/practices")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        nothingStoredFor(token);
    }

    @Test
    void implausibleTimeframesAreRefused() {
        String token = user(someone("limits"));
        refused(post(token, with("timeframeStart", "0000-01-01")), "timeframeStart");
        refused(post(token, with("timeframeEnd", "+99999-01-01")), "timeframeEnd");
        nothingStoredFor(token);
    }

    @Test
    void anOverlongReviewerIsRefusedAndNoOneIsAssigned() {
        String id = submitted();
        refused(given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(Map.of("reviewer", TEN_THOUSAND, "affiliation", "UN"))
                .when().post("/practices/" + id + "/reviews").then(), "reviewer");
        refused(given().auth().oauth2(editor()).contentType(ContentType.JSON)
                .body(Map.of("reviewer", "someone'; drop table practice;--", "affiliation", "UN"))
                .when().post("/practices/" + id + "/reviews").then(), "reviewer");
        given().auth().oauth2(editor()).when().get("/practices/" + id + "/reviews").then().body("total", equalTo(0));
    }

    @Test
    void aConflictDeclarationMustSayTrueOrFalse() {
        String id = submitted();
        String subject = someone("reviewer-un");
        String review = assign(id, subject, "UN");
        for (String body : new String[] { "{\"conflict\": \"null\"}", "{\"conflict\": null}", "{}", "{\"conflict\": \"false\"}" }) {
            given().auth().oauth2(reviewer(subject, "UN")).contentType(ContentType.JSON).body(body)
                    .when().post("/practices/" + id + "/reviews/" + review + "/declaration")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("conflict"));
        }
        given().auth().oauth2(editor()).when().get("/practices/" + id + "/reviews")
                .then().body("items[0].state", equalTo("ASSIGNED"));
    }

    @Test
    void aRejectionNeedsABodyWithAReasonOfDeclaredLength() {
        String id = submitted();
        assign(id, someone("reviewer"), "UN");
        action(editor(), id, "reject", null).statusCode(400).body("errors.field", hasItem("body"));
        refused(action(editor(), id, "reject", Map.of("reason", TEN_THOUSAND)), "reason");
        given().auth().oauth2(editor()).when().get("/practices/" + id).then().body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void searchParametersNameTheParameterAndTheirIndex() {
        refused(given().queryParam("country", "KEN").queryParam("country", "ken").when().get("/practices").then(), "country[1]");
        refused(given().queryParam("q", "w".repeat(501)).when().get("/practices").then(), "q");
        refused(given().queryParam("principle", "Human Rights").when().get("/practices").then(), "principle[0]");
        refused(given().queryParam("cursor", "c".repeat(201)).when().get("/practices").then(), "cursor");
        refused(given().queryParam("q", "w".repeat(501)).when().get("/forums/imrf-2026/inputs").then(), "q");
        refused(given().when().get("/forums/" + "f".repeat(30) + "/inputs").then(), "forum");
    }

    @Test
    void anImportBatchHasDeclaredLimits() {
        StringBuilder csv = new StringBuilder("sourceId,kind,originalLanguage,title_en,summary_en,objectives\n");
        for (int i = 0; i <= 1000; i++) {
            csv.append("row-").append(i).append(",PRACTICE,en,Title,Summary,6\n");
        }
        refused(given().auth().oauth2(editor()).contentType("text/csv").body(csv.toString())
                .when().post("/imports?source=limits-test&retrievedAt=2026-11-01T00:00:00Z").then(), "body");
        refused(given().auth().oauth2(editor()).contentType("text/csv").body("sourceId\nrow-1\n")
                .when().post("/imports?source=limits-test&retrievedAt=0001-01-01T00:00:00Z").then(), "retrievedAt");
        refused(given().auth().oauth2(editor()).contentType("text/csv").body("sourceId\nrow-1\n")
                .when().post("/imports?source=" + "s".repeat(121) + "&retrievedAt=2026-11-01T00:00:00Z").then(), "source");
    }

    private static String submitted() {
        String submitter = user(someone("submitter"));
        String id = create(submitter, content("en", "Limits under review", "A practice to review.", 6));
        action(submitter, id, "submit", null).statusCode(200);
        return id;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(content("en", "Declared limits", "Every field has one.", 6));
        body.put(field, value);
        return body;
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/practices").then();
    }

    static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void nothingStoredFor(String token) {
        given().auth().oauth2(token).queryParam("status", "DRAFT").when().get("/practices")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
