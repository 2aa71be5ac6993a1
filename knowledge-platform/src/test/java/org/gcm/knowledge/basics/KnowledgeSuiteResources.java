package org.gcm.knowledge.basics;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gcm.caller.Roles;
import org.gcm.knowledge.support.Practices;
import org.gcm.testsupport.api.Baseline;
import org.gcm.testsupport.api.Callers;
import org.gcm.testsupport.api.SuiteResources;

import io.restassured.http.ContentType;

/**
 * The real resources the hostile-input and role-boundary suites call the knowledge platform's operations on, made
 * once per test JVM through the API: a draft of the suites' signed-in caller, a practice under review with a
 * cleared reviewer, a published practice, an import, and the valid call of every operation on them.
 */
final class KnowledgeSuiteResources implements SuiteResources {

    static final String REVIEWER = "reviewer-suite";

    private static KnowledgeSuiteResources made;

    final String draft;
    final String underReview;
    final String review;
    final String published;
    final String importId;
    final String otherSubmitter = Practices.someone("submitter");
    final String otherDraft;

    private KnowledgeSuiteResources() {
        draft = Practices.create(Practices.user(Callers.SIGNED_IN_SUBJECT), content("Suite draft"));
        otherDraft = Practices.create(Practices.user(otherSubmitter), content("Someone else's draft"));
        String submitter = Practices.user(Practices.someone("submitter"));
        underReview = Practices.create(submitter, content("Suite practice under review"));
        Practices.action(submitter, underReview, "submit", null).statusCode(200);
        review = Practices.assign(underReview, REVIEWER, "UN");
        Practices.declare(reviewer(), underReview, review, false).statusCode(200);
        published = Practices.published(content("Suite published practice"));
        String location = given().auth().oauth2(Practices.editor()).queryParam("source", "suite-source")
                .queryParam("retrievedAt", "2026-11-01T00:00:00Z").contentType(ContentType.JSON).body(importBatch())
                .when().post("/imports").then().statusCode(201).extract().header("Location");
        String path = URI.create(location).getPath();
        importId = path.substring(path.lastIndexOf('/') + 1);
    }

    static synchronized KnowledgeSuiteResources get() {
        if (made == null) {
            made = new KnowledgeSuiteResources();
        }
        return made;
    }

    static String reviewer() {
        return Practices.reviewer(REVIEWER, "UN");
    }

    /** Every realm role; the reviewer is the one assigned to the practice under review. */
    @Override
    public Callers callers() {
        return Callers.ofTheRealm().with(Roles.REVIEWER, reviewer());
    }

    @Override
    public Map<String, Baseline> baselines() {
        Map<String, Baseline> calls = new HashMap<>();
        calls.put("createPractice", Baseline.call().body(content("A new practice")));
        calls.put("updatePractice", on(draft).body(content("Suite draft, edited")));
        calls.put("submitPractice", on(draft));
        for (String read : List.of("getPractice", "getPracticeHistory", "archivePractice", "erasePracticePersonalData")) {
            calls.put(read, on(published));
        }
        calls.put("archivePractice", on(published).body(Map.of("reason", "Superseded by the 2027 edition.")));
        calls.put("listReviews", on(underReview));
        calls.put("assignReviewer", on(underReview).body(Map.of("reviewer", "reviewer-ext-suite", "affiliation",
                "EXTERNAL")));
        calls.put("declareConflicts", on(underReview).path("reviewId", review).body(Map.of("conflict", false)));
        calls.put("recommend", on(underReview).path("reviewId", review)
                .body(Map.of("recommendation", "PUBLISH", "comments", "Well documented.")));
        calls.put("publishPractice", on(underReview).body(Map.of("reason", "The quorum recommends publication.")));
        calls.put("rejectPractice", on(underReview).body(Map.of("reason", "Out of scope.")));
        calls.put("requestPracticeChanges", on(underReview).body(Map.of("reason", "Please add the 2023 evaluation.")));
        calls.put("startImport", Baseline.call().query("source", "suite-source")
                .query("retrievedAt", "2026-11-01T00:00:00Z").body(importBatch()));
        calls.put("getImport", on(importId));
        calls.put("objective", Baseline.call().path("number", "3"));
        calls.put("getObjectiveConcept", Baseline.call().path("number", "3"));
        calls.put("getPrincipleConcept", Baseline.call().path("code", "people-centred"));
        calls.put("listForumInputs", Baseline.call().path("forum", "imrf-2026"));
        calls.put("replayDeadLetter", Baseline.call().path("id", "0-999999"));
        return calls;
    }

    static Map<String, Object> content(String title) {
        Map<String, Object> content = new HashMap<>(Practices.content("en", title,
                "A two-day course on rights, contracts and complaint channels.", 3, 6));
        content.put("regions", List.of("002"));
        content.put("organisations", List.of("Department of Migrant Workers"));
        content.put("partners", List.of("International Labour Organization"));
        content.put("timeframeStart", "2021-01-01");
        content.put("timeframeEnd", "2023-12-31");
        content.put("results", "12,000 workers trained");
        content.put("lessonsLearned", "Hold sessions close to home");
        content.put("links", List.of("https://example.org/pdo"));
        content.put("contact", Map.of("name", "Focal point", "email", "focal.point@example.org",
                "publicationConsent", true));
        return content;
    }

    private static List<Map<String, Object>> importBatch() {
        return List.of(Map.of("sourceId", "suite-1", "kind", "PRACTICE", "originalLanguage", "en",
                "title", Map.of("en", "Imported suite practice"), "summary", Map.of("en", "From another platform."),
                "objectives", List.of(3), "countries", List.of("GHA")));
    }

    private static Baseline on(String id) {
        return Baseline.call().path("id", id);
    }
}
