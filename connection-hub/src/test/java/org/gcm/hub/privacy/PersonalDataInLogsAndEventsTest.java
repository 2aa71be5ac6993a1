package org.gcm.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Broker;
import org.gcm.hub.support.Fund;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A focal point's name and e-mail never reach the logs or the events: a request naming its focal point goes
 * through its whole life (to COMPLETED, with the fund's events) while every log record of the service is captured,
 * then the log, the outbox rows and the records on hub.requests are searched for them.
 */
@QuarkusTest
class PersonalDataInLogsAndEventsTest {

    private static final String NAME = "Ottilie Brannigan-Vasquez";
    private static final String EMAIL = "o.brannigan@example.org";

    @Inject
    CloudEventEnvelopes envelopes;

    @Inject
    EntityManager database;

    @Test
    void aRequestsWholeLifeLeavesNoFocalPointInLogsOrEvents() {
        Capture log = Capture.start();
        String id;
        List<String> published = new ArrayList<>();
        try {
            id = completedRequest();
            published.add(Broker.await(Topics.HUB_REQUESTS, id, v -> v.contains(EventTypes.FUNDING_REQUESTED)).value());
            published.add(Broker.await(Topics.HUB_REQUESTS, id, v -> v.contains(EventTypes.REQUEST_COMPLETED)).value());
        } finally {
            log.stop();
        }
        String logged = log.text();
        // The capture works: the service's own lines about this request are there.
        assertTrue(logged.contains("Request " + id + " created as DRAFT"), "the service's log was captured");
        assertTrue(logged.contains(id + " IN_IMPLEMENTATION -> COMPLETED"), "the whole life was logged");
        String outbox = outboxOf(id);
        assertTrue(outbox.contains(EventTypes.FUNDING_REQUESTED) && outbox.contains(EventTypes.REQUEST_COMPLETED));
        for (String personal : List.of(NAME, "Brannigan", EMAIL)) {
            assertFalse(logged.contains(personal), personal + " is in the log");
            assertFalse(outbox.contains(personal), personal + " is in the outbox");
            published.forEach(event -> assertFalse(event.contains(personal), personal + " is in an event"));
        }
    }

    private String completedRequest() {
        String ms = Tokens.memberState("MEX");
        String sec = Tokens.secretariat();
        Map<String, Object> body = new HashMap<>(Bodies.request("MEX"));
        body.put("focalPoints", List.of(Map.of("name", NAME, "function", "Director", "email", EMAIL,
                "phone", "+52 55 5555 0101")));
        String id = given().auth().oauth2(ms).contentType(ContentType.JSON).body(body).when().post("/requests")
                .then().statusCode(201).extract().path("id");
        Hub.act(ms, id, "submit", null).statusCode(200);
        Hub.act(sec, id, "assess", null).statusCode(200);
        Hub.act(sec, id, "accept", Bodies.assessment()).statusCode(200);
        String lead = Hub.partner(Map.of(3, 5), List.of("MEX"), 5);
        String other = Hub.partner(Map.of(6, 3), List.of("MEX"), 5);
        Hub.answer(lead, Hub.propose(id, lead, "LEAD"), "accept").statusCode(200);
        Hub.answer(other, Hub.propose(id, other, "IMPLEMENTING"), "accept").statusCode(200);
        Hub.act(sec, id, "request-funding", Hub.funding()).statusCode(200);
        Fund.approveAndDisburse(envelopes, id);
        Hub.act(ms, id, "complete", null).statusCode(200);
        return id;
    }

    private String outboxOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(database.createNativeQuery(
                "select string_agg(envelope, '\n') from outbox_event where aggregate_id = :id")
                .setParameter("id", id).getSingleResult()));
    }

    /** Every record the service logs while it is on: message with its parameters, MDC and any exception. */
    static final class Capture extends Handler {

        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        static Capture start() {
            Capture capture = new Capture();
            capture.setLevel(Level.ALL);
            Logger.getLogger("").addHandler(capture);
            return capture;
        }

        void stop() {
            Logger.getLogger("").removeHandler(this);
        }

        String text() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(": ");
            if (record instanceof ExtLogRecord ext) {
                line.append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
            } else {
                line.append(record.getMessage());
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
