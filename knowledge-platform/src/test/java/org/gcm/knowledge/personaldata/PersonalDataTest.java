package org.gcm.knowledge.personaldata;

import static io.restassured.RestAssured.given;
import static org.gcm.knowledge.support.Practices.action;
import static org.gcm.knowledge.support.Practices.assign;
import static org.gcm.knowledge.support.Practices.content;
import static org.gcm.knowledge.support.Practices.create;
import static org.gcm.knowledge.support.Practices.editor;
import static org.gcm.knowledge.support.Practices.reviewer;
import static org.gcm.knowledge.support.Practices.someone;
import static org.gcm.knowledge.support.Practices.underQuorum;
import static org.gcm.knowledge.support.Practices.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.knowledge.support.Broker;
import org.gcm.testsupport.TestTokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A practice's contact is personal data (issue 17, deliver 4): published only with consent, never in bulk exports
 * without it, never in logs or events; a rejected practice's personal data can be erased, keeping the record.
 */
@QuarkusTest
class PersonalDataTest {

    @Inject
    EntityManager entities;

    @Test
    void aContactWithoutConsentIsSeenOnlyByItsSubmitterAndEditors() {
        String name = "Amina " + someone("Private");
        String email = someone("amina") + "@example.org";
        String submitter = user(someone("submitter"));
        String id = publishedBy(submitter, contact(name, email, false));

        given().when().get("/practices/" + id).then().statusCode(200).body("contact", nullValue());
        given().auth().oauth2(user(someone("reader"))).when().get("/practices/" + id).then().body("contact", nullValue());
        given().auth().oauth2(submitter).when().get("/practices/" + id).then()
                .body("contact.name", equalTo(name)).body("contact.publicationConsent", equalTo(false));
        given().auth().oauth2(editor()).when().get("/practices/" + id).then().body("contact.email", equalTo(email));
        for (String export : List.of("/exports/practices.json", "/exports/practices.csv", "/catalog.jsonld", "/feed.atom")) {
            given().when().get(export).then().statusCode(200)
                    .body(containsString(id)).body(not(containsString(name))).body(not(containsString(email)));
        }
    }

    @Test
    void aContactWithConsentIsPublishedAndExportedButReviewersNeverAre() {
        String name = "Jorge " + someone("Public");
        String email = someone("jorge") + "@example.org";
        String id = publishedBy(user(someone("submitter")), contact(name, email, true));
        List<String> reviewers = given().auth().oauth2(editor()).when().get("/practices/" + id + "/reviews")
                .then().extract().path("items.reviewer");

        given().when().get("/practices/" + id).then().body("contact.name", equalTo(name))
                .body("contact.publicationConsent", equalTo(true));
        given().when().get("/exports/practices.csv").then().body(containsString(email));
        given().when().get("/exports/practices.json").then().body(containsString(name));
        for (String export : List.of("/exports/practices.json", "/exports/practices.csv", "/catalog.jsonld", "/feed.atom")) {
            String body = given().when().get(export).then().statusCode(200).extract().asString();
            reviewers.forEach(r -> assertFalse(body.contains(r), export + " names reviewer " + r));
        }
    }

    @Test
    void aContactMustSayWhetherItMayBePublished() {
        String token = user(someone("submitter"));
        Map<String, Object> body = new HashMap<>(content("en", "Consent unsaid", "No consent field.", 6));
        body.put("contact", Map.of("name", "Someone", "email", "someone@example.org"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/practices")
                .then().statusCode(400).body("errors.field", hasItem("contact.publicationConsent"));
        given().auth().oauth2(token).queryParam("status", "DRAFT").when().get("/practices").then().body("total", equalTo(0));
    }

    @Test
    void noContactInLogsOrEventsWhileAPracticeIsSubmittedReviewedAndPublished() {
        String name = "Zainab " + someone("Logged");
        String email = someone("zainab") + "@example.org";
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String id;
        try {
            id = publishedBy(user(someone("submitter")), contact(name, email, true));
            String editorToken = editor();
            String etag = given().auth().oauth2(editorToken).when().get("/practices/" + id).then().extract().header("ETag");
            Map<String, Object> revised = contact(name, email, true);
            revised.put("results", "Revised by the editor");
            given().auth().oauth2(editorToken).header("If-Match", etag).contentType(ContentType.JSON).body(revised)
                    .when().put("/practices/" + id).then().statusCode(200);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains(id)), "the log was captured");
        lines.forEach(l -> assertFalse(l.contains(name) || l.contains(email), "a log line names the contact: " + l));

        List<String> events = Broker.valuesWithKey(Topics.KNOWLEDGE_PRACTICES, id, EventTypes.PRACTICE_PUBLISHED, 2,
                Duration.ofSeconds(60));
        assertTrue(events.size() >= 2, "both publications reached the broker");
        events.forEach(e -> assertFalse(e.contains(name) || e.contains(email), "an event names the contact: " + e));
        @SuppressWarnings("unchecked")
        List<String> outbox = entities.createNativeQuery("select envelope from outbox_event where aggregate_id = ?1")
                .setParameter(1, id).getResultList();
        assertFalse(outbox.isEmpty());
        outbox.forEach(e -> assertFalse(e.contains(name) || e.contains(email), "the outbox names the contact: " + e));
    }

    @Test
    void theSecretariatOrAnEditorErasesARejectedPracticesPersonalDataOnceKeepingTheRecord() {
        String name = "Olga " + someone("Erased");
        String subject = someone("submitter");
        String submitter = user(subject);
        String id = rejectedBy(submitter, contact(name, "olga@example.org", false));

        for (String token : List.of(submitter, TestTokens.memberState("KEN"), reviewer(someone("r"), "UN"),
                TestTokens.of(someone("fm"), "fund-manager").sign(), TestTokens.of(someone("op"), "operator").sign())) {
            erase(token).apply(id).statusCode(403).contentType("application/problem+json");
        }
        given().when().post("/practices/" + id + "/erase-personal-data").then().statusCode(401);

        String secretariat = TestTokens.of("secretariat-1", "secretariat").sign();
        erase(secretariat).apply(id).statusCode(200).body("contact", nullValue())
                .body("status", equalTo("REJECTED")).body("personalDataErasedAt", notNullValue());
        erase(editor()).apply(id).statusCode(200);

        given().auth().oauth2(editor()).when().get("/practices/" + id).then().statusCode(200)
                .body("contact", nullValue()).body("title.en", equalTo("To be erased"));
        var history = given().auth().oauth2(editor()).when().get("/practices/" + id + "/history").then().statusCode(200);
        history.body("items.actor", not(hasItem(subject)))
                .body("items[0].actor", equalTo("[erased]"))
                .body("items.findAll { it.reason == 'personal data erased: contact and submitter' }.size()", equalTo(1))
                .body("items.find { it.reason == 'personal data erased: contact and submitter' }.actor", equalTo("secretariat-1"))
                .body("items.to", hasItem("REJECTED"));
        // The submitter, no longer named, no longer sees it.
        given().auth().oauth2(submitter).when().get("/practices/" + id).then().statusCode(404);
        Object stored = entities.createNativeQuery("select count(*) from practice where id = cast(?1 as uuid) and "
                + "contact_name is null and contact_email is null and submitted_by = '[erased]'").setParameter(1, id).getSingleResult();
        assertTrue(((Number) stored).longValue() == 1, "the row is kept, anonymised");
    }

    @Test
    void onlyARejectedPracticeIsErased() {
        String submitter = user(someone("submitter"));
        String draft = create(submitter, contact("Draft Person", "draft@example.org", false));
        erase(editor()).apply(draft).statusCode(409).body("detail", containsString("is DRAFT"));
        String published = publishedBy(submitter, contact("Published Person", "pub@example.org", true));
        erase(TestTokens.of("secretariat-1", "secretariat").sign()).apply(published).statusCode(409);
        given().when().get("/practices/" + published).then().body("contact.name", equalTo("Published Person"));
    }

    private static java.util.function.Function<String, io.restassured.response.ValidatableResponse> erase(String token) {
        return id -> given().auth().oauth2(token).when().post("/practices/" + id + "/erase-personal-data").then();
    }

    private static Map<String, Object> contact(String name, String email, boolean consent) {
        Map<String, Object> body = new HashMap<>(content("en", "To be erased", "A practice with a contact.", 6));
        body.put("contact", Map.of("name", name, "email", email, "publicationConsent", consent));
        return body;
    }

    private static String publishedBy(String submitter, Map<String, Object> content) {
        String id = create(submitter, content);
        action(submitter, id, "submit", null).statusCode(200);
        underQuorum(id);
        action(editor(), id, "publish", null).statusCode(200);
        return id;
    }

    private static String rejectedBy(String submitter, Map<String, Object> content) {
        String id = create(submitter, content);
        action(submitter, id, "submit", null).statusCode(200);
        assign(id, someone("reviewer"), "UN");
        action(editor(), id, "reject", Map.of("reason", "Out of scope")).statusCode(200);
        return id;
    }
}
