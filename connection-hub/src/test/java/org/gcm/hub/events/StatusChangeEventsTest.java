package org.gcm.hub.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.ReceivedEvent;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.EngagementStatusChanged;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantStatusChanged;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.RequestStatusChanged;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Broker;
import org.gcm.hub.support.Fund;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every move of a request and of an engagement is published on hub.requests (issue 16, item 1), keyed by the request,
 * with the country and the partner a subscriber's rights are decided on, and nothing that names a person: no focal
 * point, no actor, no comment.
 */
@QuarkusTest
class StatusChangeEventsTest {

    private static final String NAME = "Ottilie Brannigan-Vasquez";
    private static final String EMAIL = "o.brannigan@example.org";
    private static final String SECRETARIAT_SUBJECT = "secretariat-officer";

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void aRequestsMovesArePublishedWithItsCountryAndNoPersonalData() {
        String ms = Tokens.memberState("PER");
        Map<String, Object> body = new HashMap<>(Bodies.request("PER"));
        body.put("focalPoints", List.of(Map.of("name", NAME, "function", "Director", "email", EMAIL)));
        String id = given().auth().oauth2(ms).contentType(ContentType.JSON).body(body).when().post("/requests")
                .then().statusCode(201).extract().path("id");
        Hub.act(ms, id, "submit", null).statusCode(200);
        Hub.act(Tokens.secretariat(), id, "assess", Map.of("comment", "Call " + NAME + " at " + EMAIL))
                .statusCode(200);

        RequestStatusChanged created = requestChange(id, "create");
        assertEquals(id, created.requestId());
        assertEquals("PER", created.requestingCountry());
        assertEquals(null, created.change().from());
        assertEquals("DRAFT", created.change().to());
        RequestStatusChanged submitted = requestChange(id, "submit");
        assertEquals(List.of("PER", "DRAFT", "SUBMITTED"), List.of(submitted.requestingCountry(),
                submitted.change().from(), submitted.change().to()));
        ConsumerRecord<String, String> assessed = record(id, EventTypes.REQUEST_STATUS_CHANGED, "\"start-assessment\"");
        assertEquals(List.of("SUBMITTED", "UNDER_ASSESSMENT"), List.of(read(assessed, RequestStatusChanged.class)
                .change().from(), read(assessed, RequestStatusChanged.class).change().to()));
        assertNoPersonalData(assessed.value());
    }

    @Test
    void anEngagementsOfferAndAnswerArePublishedWithItsPartnerInTheRequestsOrder() {
        String id = Hub.accepted("BOL");
        String partner = Hub.partner(Map.of(3, 5), List.of("BOL"), 5);
        String engagement = Hub.propose(id, partner, "LEAD");
        Hub.answer(partner, engagement, "decline").statusCode(200);

        ConsumerRecord<String, String> offered = record(id, EventTypes.ENGAGEMENT_STATUS_CHANGED, "\"create\"");
        EngagementStatusChanged offer = read(offered, EngagementStatusChanged.class);
        assertEquals(List.of(engagement, id, "BOL", partner, "PROPOSED"), List.of(offer.engagementId(),
                offer.requestId(), offer.requestingCountry(), offer.partnerId(), offer.change().to()));
        ConsumerRecord<String, String> answered = record(id, EventTypes.ENGAGEMENT_STATUS_CHANGED, "\"decline\"");
        EngagementStatusChanged answer = read(answered, EngagementStatusChanged.class);
        assertEquals(List.of("PROPOSED", "DECLINED", partner), List.of(answer.change().from(), answer.change().to(),
                answer.partnerId()));
        assertTrue(answered.offset() > offered.offset(), "the answer follows the offer on the request's partition");
        assertEquals(offered.partition(), answered.partition());
        assertNoPersonalData(answered.value());
        assertFalse(answered.value().contains("user-" + partner.toLowerCase()), "the partner's user is not named");
    }

    /** The hub's fund.grants consumer acts on the fund's flow events and skips its status changes, without a dead letter. */
    @Test
    void theHubsGrantConsumerSkipsTheFundsStatusChanges() {
        String id = Hub.agreed("ECU").requestId();
        Hub.act(Tokens.secretariat(), id, "request-funding", Hub.funding()).statusCode(200);
        String grant = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now();
        Broker.send(Topics.FUND_GRANTS, grant,
                Fund.envelope(envelopes, EventTypes.GRANT_STATUS_CHANGED, grant, new GrantStatusChanged(grant, id, "ECU",
                        List.of("CTR-1"), new StatusChange("approve", "UNDER_REVIEW", "APPROVED", now))),
                Fund.envelope(envelopes, EventTypes.GRANT_APPROVED, grant,
                        new GrantApproved(grant, id, "ECU", new Money("250000.00", "USD"), now)));

        // One partition per grant: the status change was handled (skipped) before the approval that follows it.
        await().atMost(Broker.PATIENCE).untilAsserted(() -> Hub.get(Tokens.secretariat(), "/requests/" + id)
                .body("status", equalTo("FUNDED")));
        given().auth().oauth2(TestTokens.of("operator-1", "operator").sign()).queryParam("limit", 200)
                .when().get("/dead-letters").then().statusCode(200)
                .body("items.key", not(hasItem(grant)));
    }

    private RequestStatusChanged requestChange(String id, String action) {
        return read(record(id, EventTypes.REQUEST_STATUS_CHANGED, "\"" + action + "\""), RequestStatusChanged.class);
    }

    private static ConsumerRecord<String, String> record(String requestId, String type, String action) {
        return Broker.await(Topics.HUB_REQUESTS, requestId,
                value -> value.contains("\"" + type + "\"") && value.contains("\"action\":" + action));
    }

    private <T extends Record> T read(ConsumerRecord<String, String> record, Class<T> payload) {
        ReceivedEvent event = envelopes.read(record.value());
        assertEquals(record.key(), event.subject(), "subject = key = the request id");
        return event.dataAs(payload);
    }

    private static void assertNoPersonalData(String envelope) {
        for (String personal : List.of(NAME, "Brannigan", EMAIL, SECRETARIAT_SUBJECT, "comment")) {
            assertFalse(envelope.contains(personal), personal + " is in " + envelope);
        }
    }
}
