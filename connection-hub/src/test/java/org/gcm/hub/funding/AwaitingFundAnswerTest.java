package org.gcm.hub.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request must not sit in FUNDING_REQUESTED forever because the fund's answer died on the way: after
 * hub.funding.answer-expected-within (3 days) the secretariat sees it, with since when. The waiting time is made by
 * moving the moment funding was requested back in the database.
 */
@QuarkusTest
class AwaitingFundAnswerTest {

    private static final String PATH = "/requests/awaiting-fund-answer";

    @Inject
    EntityManager database;

    @Test
    void aRequestAppearsOnceTheFundsAnswerIsOverdueAndNotBefore() {
        Hub.Agreed agreed = Hub.agreed("MEX");
        String id = agreed.requestId();
        Hub.act(Tokens.secretariat(), id, "request-funding", Hub.funding()).statusCode(200)
                .body("funding.requestedAt", notNullValue());
        notListed(id);

        fundingRequestedAgo(id, 71);
        notListed(id);

        OffsetDateTime requestedAt = fundingRequestedAgo(id, 73);
        String item = "items.find { it.requestId == '" + id + "' }";
        var listed = Hub.get(Tokens.secretariat(), PATH + "?limit=200").statusCode(200)
                .body(item + ".country", equalTo("MEX"))
                .body(item + ".requestedAmount.amount", equalTo("250000.00"))
                .extract();
        assertEquals(requestedAt.toInstant(), OffsetDateTime.parse(listed.path(item + ".fundingRequestedAt")).toInstant());
        assertEquals(requestedAt.plusDays(3).toInstant(),
                OffsetDateTime.parse(listed.path(item + ".answerExpectedBy")).toInstant());
    }

    @Test
    void anAnsweredRequestIsNoLongerWaiting() {
        Hub.Agreed agreed = Hub.agreed("MEX");
        String id = agreed.requestId();
        Hub.act(Tokens.secretariat(), id, "request-funding", Hub.funding()).statusCode(200);
        fundingRequestedAgo(id, 100);
        Hub.get(Tokens.secretariat(), PATH + "?limit=200").body("items.requestId", hasItem(id));
        setStatus(id, "FUNDING_PIPELINED");
        notListed(id);
    }

    @Test
    void onlyTheSecretariatMayList() {
        Hub.get(Tokens.memberState("MEX"), PATH).statusCode(403).contentType("application/problem+json");
        Hub.get(Tokens.partner("PRT-IOM"), PATH).statusCode(403);
        Hub.get(Tokens.fundManager(), PATH).statusCode(403);
        Hub.get(Tokens.donor(), PATH).statusCode(403);
        io.restassured.RestAssured.given().when().get(PATH).then().statusCode(401);
        Hub.get(Tokens.secretariat(), PATH + "?limit=201").statusCode(400);
    }

    private static void notListed(String id) {
        Hub.get(Tokens.secretariat(), PATH + "?limit=200").statusCode(200).body("items.requestId", not(hasItem(id)));
    }

    private OffsetDateTime fundingRequestedAgo(String id, int hours) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours).truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> database
                .createNativeQuery("update country_request set funding_requested_at = :at where id = :id")
                .setParameter("at", at).setParameter("id", UUID.fromString(id)).executeUpdate());
        return at;
    }

    private void setStatus(String id, String status) {
        QuarkusTransaction.requiringNew().run(() -> database
                .createNativeQuery("update country_request set status = :status where id = :id")
                .setParameter("status", status).setParameter("id", UUID.fromString(id)).executeUpdate());
    }
}
