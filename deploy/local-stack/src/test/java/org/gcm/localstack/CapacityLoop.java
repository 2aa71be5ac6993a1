package org.gcm.localstack;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The loop of the mechanism, step by step through the gateway with Keycloak's tokens for the realm's demo
 * identities: a Mexican request finds partners, gets seed money, is implemented, comes back as a practice, and
 * a Philippine request finds that practice among its similar initiatives. Each step asserts what it changed;
 * each event is awaited, bounded, where its effect shows.
 */
final class CapacityLoop {

    /** How long one event may take from its publisher's commit to its effect in the consumer. */
    static final Duration EVENT_PATIENCE = Duration.ofSeconds(60);

    private final Function<String, String> tokens;

    CapacityLoop(Function<String, String> tokens) {
        this.tokens = tokens;
    }

    private String token(String user) {
        return tokens.apply(user);
    }

    // --- connection hub ---

    /** A member state creates and submits a request: DRAFT, then SUBMITTED. Returns its id. */
    String requestSubmittedBy(String user, String country, String title, List<Integer> objectives) {
        String id = given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "loop-" + title.hashCode() + "-" + System.nanoTime())
                .body(Map.ofEntries(
                        Map.entry("title", title),
                        Map.entry("country", country),
                        Map.entry("authorityLevel", "NATIONAL"),
                        Map.entry("objectives", objectives),
                        Map.entry("guidingPrinciples", List.of("people-centred", "gender-responsive")),
                        Map.entry("supportTypes", List.of("TECHNICAL", "FINANCIAL")),
                        Map.entry("languages", List.of("es", "en")),
                        Map.entry("description", "One-stop centres that give prospective labour migrants "
                                + "pre-departure training and fair recruitment information."),
                        Map.entry("estimatedBudget", Map.of("amount", "450000.00", "currency", "USD")),
                        Map.entry("startDate", LocalDate.now().plusMonths(2).toString()),
                        Map.entry("endDate", LocalDate.now().plusMonths(20).toString()),
                        Map.entry("focalPoints", List.of(Map.of("name", "Focal Point", "function", "Director",
                                "email", "focal.point@example.org")))))
                .when().post("/api/hub/requests")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("/api/hub/requests/"))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
        hubAction(user, id, "submit", null).body("status", equalTo("SUBMITTED"));
        return id;
    }

    /** The secretariat acknowledges, assesses against every criterion and accepts. */
    void assessAndAccept(String requestId) {
        hubAction("secretariat-officer", requestId, "assess", null).body("status", equalTo("UNDER_ASSESSMENT"));
        List<Map<String, Object>> scores = List.of("relevance", "national-ownership", "feasibility", "sustainability")
                .stream().<Map<String, Object>>map(c -> Map.of("criterion", c, "score", 4)).toList();
        hubAction("secretariat-officer", requestId, "accept",
                Map.of("scores", scores, "rationale", "Relevant to objectives 6 and 7, with national ownership."))
                .body("status", equalTo("ACCEPTED"));
    }

    /** Ranked partner matches with per-factor scores; returns the ids of the top partners. */
    List<String> partnerMatches(String requestId) {
        ValidatableResponse matches = given().auth().oauth2(token("secretariat-officer"))
                .when().get("/api/hub/requests/" + requestId + "/partner-matches")
                .then().statusCode(200);
        matches.body("items[0].score", org.hamcrest.Matchers.notNullValue())
                .body("items[0].factors.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
        return matches.extract().path("items.partnerId");
    }

    /** The secretariat proposes a lead and an implementing partner; each accepts its own engagement. */
    void agreeImplementation(String requestId, String leadUser, String leadId, String partnerUser, String partnerId) {
        String leadEngagement = propose(requestId, leadId, "LEAD");
        String partnerEngagement = propose(requestId, partnerId, "IMPLEMENTING");
        given().auth().oauth2(token("secretariat-officer")).when().get("/api/hub/requests/" + requestId)
                .then().statusCode(200).body("status", equalTo("PARTNERS_PROPOSED"));
        engagementAction(leadUser, leadEngagement, "accept");
        engagementAction(partnerUser, partnerEngagement, "accept");
        given().auth().oauth2(token("secretariat-officer")).when().get("/api/hub/requests/" + requestId)
                .then().statusCode(200).body("status", equalTo("IMPLEMENTATION_AGREED"));
    }

    void requestFunding(String requestId, String amount) {
        hubAction("secretariat-officer", requestId, "request-funding", Map.of(
                "requestedAmount", Map.of("amount", amount, "currency", "USD"),
                "coFunding", List.of(Map.of("source", "Government of Mexico",
                        "amount", Map.of("amount", "150000.00", "currency", "USD"))),
                "comment", "Seed funding for the first year."))
                .body("status", equalTo("FUNDING_REQUESTED"));
    }

    /** The statuses a request moved to, in order, from its audit trail. */
    List<String> statusesReached(String requestId) {
        return given().auth().oauth2(token("secretariat-officer")).when().get("/api/hub/requests/" + requestId + "/history")
                .then().statusCode(200).extract().path("to");
    }

    void awaitRequestStatus(String user, String requestId, String status) {
        awaitRequestStatus(user, requestId, status, EVENT_PATIENCE);
    }

    void awaitRequestStatus(String user, String requestId, String status, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(token(user)).when().get("/api/hub/requests/" + requestId)
                        .then().statusCode(200).body("status", equalTo(status)));
    }

    void complete(String user, String requestId) {
        hubAction(user, requestId, "complete", Map.of("comment", "All centres open.")).body("status", equalTo("COMPLETED"));
    }

    /** The request's similar initiatives name the practice, with why it matched. */
    void awaitSimilarInitiative(String user, String requestId, String practiceId) {
        await().atMost(EVENT_PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token(user)).when().get("/api/hub/requests/" + requestId + "/similar-initiatives")
                        .then().statusCode(200).body("items.id", hasItem(practiceId)));
    }

    private String propose(String requestId, String partnerId, String role) {
        return given().auth().oauth2(token("secretariat-officer")).contentType(ContentType.JSON)
                .body(Map.of("partnerId", partnerId, "role", role, "note", "Proposed by the end-to-end test."))
                .when().post("/api/hub/requests/" + requestId + "/engagements")
                .then().statusCode(201).extract().path("id");
    }

    private void engagementAction(String user, String engagementId, String action) {
        given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/hub/engagements/" + engagementId + "/" + action)
                .then().statusCode(200);
    }

    private ValidatableResponse hubAction(String user, String requestId, String action, Object body) {
        // Actions without arguments still send an empty JSON object: not every service accepts a bodiless POST.
        var call = given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        return call.when().post("/api/hub/requests/" + requestId + "/" + action).then().statusCode(200);
    }

    // --- start-up fund ---

    /** The application the fund opened from FundingRequested, awaited; exactly one for the request. */
    String awaitGrantApplication(String requestId) {
        return awaitGrantApplication(requestId, EVENT_PATIENCE);
    }

    String awaitGrantApplication(String requestId, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(token("fund-manager")).queryParam("requestId", requestId)
                        .when().get("/api/fund/grants")
                        .then().statusCode(200).body("total", equalTo(1)));
        return given().auth().oauth2(token("fund-manager")).queryParam("requestId", requestId)
                .when().get("/api/fund/grants").then().extract().path("items[0].id");
    }

    int grantApplicationsFor(String requestId) {
        return given().auth().oauth2(token("fund-manager")).queryParam("requestId", requestId)
                .when().get("/api/fund/grants").then().statusCode(200).extract().path("total");
    }

    /** Markers, screening, review and the steering committee's approval. */
    void screenReviewAndApprove(String grantId) {
        screenAndReview(grantId);
        approve(grantId);
    }

    /** Markers, screening and the start of the review: the application waits for the steering committee. */
    void screenAndReview(String grantId) {
        fundAction("fund-manager", grantId, "markers", Map.of("genderMarker", 1, "humanRightsMarker", 2));
        fundAction("fund-manager", grantId, "screen", null).body("status", equalTo("SCREENED"));
        fundAction("fund-manager", grantId, "start-review", null).body("status", equalTo("UNDER_REVIEW"));
    }

    void approve(String grantId) {
        fundAction("steering-member", grantId, "approve", null).body("status", equalTo("APPROVED"));
    }

    /** One tranche scheduled and disbursed through the ledger. */
    void disburseFirstTranche(String grantId, String amount) {
        given().auth().oauth2(token("fund-manager")).contentType(ContentType.JSON)
                .body(Map.of("amount", Map.of("amount", amount, "currency", "USD"),
                        "plannedOn", LocalDate.now().toString()))
                .when().post("/api/fund/grants/" + grantId + "/tranches")
                .then().statusCode(201);
        fundAction("fund-manager", grantId, "tranches/1/disburse", Map.of("disbursedOn", LocalDate.now().toString()))
                .body("status", not(equalTo("APPROVED")));
    }

    private ValidatableResponse fundAction(String user, String grantId, String action, Object body) {
        // Actions without arguments still send an empty JSON object: not every service accepts a bodiless POST.
        var call = given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        return call.when().post("/api/fund/grants/" + grantId + "/" + action).then().statusCode(200);
    }

    // --- knowledge platform ---

    /** The draft practice the platform opened from RequestCompleted, awaited; exactly one for the request. */
    String awaitDraftPracticeFrom(String requestId) {
        await().atMost(EVENT_PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> !draftsFrom(requestId).isEmpty());
        List<String> drafts = draftsFrom(requestId);
        assertEquals(1, drafts.size(), "one draft per completed request");
        return drafts.get(0);
    }

    /** The search lists summaries; the full practice says which request it was drafted from. */
    private List<String> draftsFrom(String requestId) {
        List<String> ids = given().auth().oauth2(token("editor")).queryParam("status", "DRAFT").queryParam("limit", 200)
                .when().get("/api/knowledge/practices").then().statusCode(200).extract().path("items.id");
        return ids.stream().filter(id -> requestId.equals(given().auth().oauth2(token("editor"))
                .when().get("/api/knowledge/practices/" + id).then().statusCode(200)
                .extract().path("sourceRequestId"))).toList();
    }

    /** The requesting country submits the draft; three reviewers declare and recommend; the editor publishes. */
    void reviewAndPublish(String submitter, String practiceId) {
        knowledgeAction(submitter, practiceId, "submit", null);
        for (Map.Entry<String, String> reviewer : Map.of("reviewer-un", "UN", "reviewer-external-1", "EXTERNAL",
                "reviewer-external-2", "EXTERNAL").entrySet()) {
            String reviewId = given().auth().oauth2(token("editor")).contentType(ContentType.JSON)
                    .body(Map.of("reviewer", reviewer.getKey(), "affiliation", reviewer.getValue()))
                    .when().post("/api/knowledge/practices/" + practiceId + "/reviews")
                    .then().statusCode(201).extract().path("id");
            String base = "/api/knowledge/practices/" + practiceId + "/reviews/" + reviewId;
            given().auth().oauth2(token(reviewer.getKey())).contentType(ContentType.JSON)
                    .body(Map.of("conflict", false)).when().post(base + "/declaration").then().statusCode(200);
            given().auth().oauth2(token(reviewer.getKey())).contentType(ContentType.JSON)
                    .body(Map.of("recommendation", "PUBLISH", "comments", "Well documented; replicable."))
                    .when().post(base + "/recommendation").then().statusCode(200);
        }
        knowledgeAction("editor", practiceId, "publish", null);
        given().when().get("/api/knowledge/practices/" + practiceId)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    private void knowledgeAction(String user, String practiceId, String action, Object body) {
        // Actions without arguments still send an empty JSON object: not every service accepts a bodiless POST.
        var call = given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(body == null ? Map.of() : body);
        call.when().post("/api/knowledge/practices/" + practiceId + "/" + action).then().statusCode(200);
    }
}
