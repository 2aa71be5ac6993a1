package org.gcm.knowledge.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.gcm.knowledge.support.Practices.action;
import static org.gcm.knowledge.support.Practices.content;
import static org.gcm.knowledge.support.Practices.editor;
import static org.gcm.knowledge.support.Practices.published;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.ReceivedEvent;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.AuthorityLevel;
import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.PracticePublished;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.contract.payload.SupportType;
import org.gcm.knowledge.support.Broker;
import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** PracticePublished leaves through the outbox onto the real broker; RequestCompleted opens one draft per request. */
@QuarkusTest
class PracticeEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void publishingAndRepublishingEmitPracticePublished() {
        Map<String, Object> body = new HashMap<>(content("en", "Migrant resource centres", "One-stop advice.", 3, 6));
        body.put("organisations", List.of("Ministry of Labour"));
        body.put("partners", List.of("IOM"));
        String id = published(body);

        List<String> values = Broker.valuesWithKey(Topics.KNOWLEDGE_PRACTICES, id,
                EventTypes.PRACTICE_PUBLISHED, 1, PATIENCE);
        assertEquals(1, values.size());
        ReceivedEvent event = envelopes.read(values.get(0));
        assertEquals(EventTypes.PRACTICE_PUBLISHED, event.type());
        assertEquals(id, event.subject());
        PracticePublished payload = event.dataAs(PracticePublished.class);
        assertEquals("Migrant resource centres", payload.title());
        assertEquals(PracticePublished.Kind.PRACTICE, payload.kind());
        assertEquals(List.of(3, 6), payload.objectives());
        assertEquals(List.of("KEN"), payload.countries());
        assertEquals(List.of("014", "202", "002"), payload.regions());
        assertEquals(List.of("Ministry of Labour", "IOM"), payload.organisations());

        // An editor's correction of the published practice publishes the revised version again.
        String etag = given().when().get("/practices/" + id).then().extract().header("ETag");
        body.put("title", Map.of("en", "Migrant resource centres (revised)"));
        given().auth().oauth2(editor()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put("/practices/" + id).then().statusCode(200);
        List<String> both = Broker.valuesWithKey(Topics.KNOWLEDGE_PRACTICES, id,
                EventTypes.PRACTICE_PUBLISHED, 2, PATIENCE);
        assertEquals(2, both.size());
        assertEquals("Migrant resource centres (revised)",
                envelopes.read(both.get(1)).dataAs(PracticePublished.class).title());
    }

    @Test
    void aCompletedRequestOpensOneDraftForItsCountryWhateverTheRedeliveries() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String marker = "zqx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        RequestCompleted completed = new RequestCompleted(requestId, "KEN", AuthorityLevel.NATIONAL,
                "Labour migration information centres " + marker, "Three one-stop centres opened.", List.of(3, 6),
                List.of("people-centred"), List.of(SupportType.TECHNICAL),
                List.of(new ImplementingOrganisation("p-1", "International Organization for Migration", ImplementingOrganisation.Role.LEAD),
                        new ImplementingOrganisation("p-2", "Ministry of Labour", ImplementingOrganisation.Role.PARTNER)),
                null, java.time.LocalDate.parse("2027-06-30"));
        String first = envelope(EventTypes.REQUEST_COMPLETED, requestId, completed);
        String sameRequestNewEvent = envelope(EventTypes.REQUEST_COMPLETED, requestId, completed);
        String notOurs = envelope(EventTypes.FUNDING_REQUESTED, requestId, Map.of("requestId", requestId));
        Broker.send(Topics.HUB_REQUESTS, requestId, first, first, sameRequestNewEvent, notOurs);

        String kenya = TestTokens.memberState("KEN");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(kenya)
                .queryParam("q", marker).queryParam("status", "DRAFT")
                .when().get("/practices").then().statusCode(200).body("total", equalTo(1)));
        // Give the later deliveries time to be handled, then prove they changed nothing.
        Broker.send(Topics.HUB_REQUESTS, requestId, first);
        Thread.sleep(2000);
        String id = given().auth().oauth2(editor()).queryParam("q", marker).queryParam("status", "DRAFT")
                .when().get("/practices").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");

        given().auth().oauth2(kenya).when().get("/practices/" + id).then().statusCode(200)
                .body("kind", equalTo("INITIATIVE"))
                .body("sourceRequestId", equalTo(requestId))
                .body("organisations", contains("International Organization for Migration"))
                .body("partners", contains("Ministry of Labour"))
                .body("objectives", contains(3, 6));
        given().auth().oauth2(TestTokens.memberState("MEX")).when().get("/practices/" + id).then().statusCode(404);
        given().when().get("/practices/" + id).then().statusCode(404);
        // The requesting country completes and submits it.
        action(kenya, id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    private String envelope(String type, String subject, Object payload) {
        return envelopes.write(UUID.randomUUID(), URI.create("/connection-hub"), type, subject, OffsetDateTime.now(), payload);
    }

}
