package org.gcm.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gcm.events.fixture.NoteCopier;
import org.gcm.events.fixture.TestBroker;
import org.gcm.events.fixture.Notes;
import org.gcm.events.outbox.Outbox;
import org.gcm.events.outbox.OutboxReadiness;
import org.gcm.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The promises of the event machinery, on a real PostgreSQL and a real Kafka broker. */
@QuarkusTest
class EventMachineryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Notes notes;

    @Inject
    Outbox outbox;

    @Inject
    @Readiness
    OutboxReadiness outboxReadiness;

    @Test
    void anEventIsPublishedAfterCommitAsACloudEventKeyedByItsAggregate() {
        UUID note = notes.write("first draft");
        await().atMost(PATIENCE).until(() -> notes.copies(note).equals(List.of("first draft")));
        // The relay reports what it does as metrics.
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("gcm_outbox_backlog_size"))
                .body(org.hamcrest.Matchers.containsString("gcm_outbox_published_total")));
    }

    @Test
    void anEventOfARolledBackChangeIsNeverPublished() {
        assertThrows(IllegalStateException.class, () -> notes.writeThenFail("ghost of a change"));
        assertEquals(0, notes.outboxRowsMentioning("ghost of a change"));

        // A later event of the same kind arrives; the ghost, written before it, never does.
        UUID after = notes.write("written after the ghost");
        await().atMost(PATIENCE).until(() -> !notes.copies(after).isEmpty());
        assertEquals(0, notes.outboxRowsMentioning("ghost of a change"));
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class,
                () -> outbox.append("n/a", new Notes.NoteWritten(UUID.randomUUID(), "x")));
    }

    @Test
    void eventsWaitWhileTheBrokerIsAwayAndAllArriveInOrderOnceItIsBack() {
        UUID note = notes.write("v0");
        await().atMost(PATIENCE).until(() -> notes.copies(note).size() == 1);

        RealInfrastructure.get().stopKafka();
        try {
            for (int version = 1; version <= 5; version++) {
                notes.revise(note, "v" + version);
            }
            // The backlog is visible in the outbox's readiness details while the broker is away.
            await().atMost(PATIENCE).untilAsserted(() -> {
                HealthCheckResponse outboxHealth = outboxReadiness.call();
                assertEquals(HealthCheckResponse.Status.UP, outboxHealth.getStatus(), "queued is not yet stuck");
                assertTrue(((Number) outboxHealth.getData().orElseThrow().get("backlog")).longValue() >= 5);
            });
            // And the service says promptly that it is not ready, rather than hang its probe.
            long asked = System.nanoTime();
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'Kafka connection health check' }.status",
                            org.hamcrest.Matchers.equalTo("DOWN"));
            assertTrue(Duration.ofNanos(System.nanoTime() - asked).toSeconds() < 20,
                    "readiness answers within 20 s while the broker is away");
        } finally {
            RealInfrastructure.get().startKafka();
        }

        await().atMost(PATIENCE).until(() -> notes.copies(note).size() == 6);
        assertEquals(List.of("v0", "v1", "v2", "v3", "v4", "v5"), notes.copies(note));
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Event outbox' }.data.backlog", org.hamcrest.Matchers.equalTo(0)));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID note = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String duplicate = notes.envelope(eventId, note, "said twice");
        // Same key, same partition: once the marker is copied, both deliveries before it were handled.
        TestBroker.send(Notes.TOPIC, note.toString(), duplicate, duplicate,
                notes.envelope(UUID.randomUUID().toString(), note, "marker"));
        await().atMost(PATIENCE).until(() -> notes.copies(note).contains("marker"));
        assertEquals(1, notes.copiesOfEvent(eventId));
        assertEquals(List.of("said twice", "marker"), notes.copies(note));
    }

    @Test
    void aPassingFailureIsRetriedInAFreshTransactionAndHasOneEffect() throws Exception {
        UUID note = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String text = NoteCopier.TRANSIENT_FAILURES + "2";
        TestBroker.send(Notes.TOPIC, note.toString(), notes.envelope(eventId, note, text));
        await().atMost(PATIENCE).until(() -> notes.copies(note).contains(text));
        assertEquals(3, NoteCopier.attemptsOn(eventId), "two failed attempts, then the one that counted");
        assertEquals(1, notes.copiesOfEvent(eventId), "the failed attempts left nothing behind");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLettersWithItsReasonAndDoesNotBlockThePartition() throws Exception {
        UUID note = UUID.randomUUID();
        String poison = "this is not a cloud event " + UUID.randomUUID();
        TestBroker.send(Notes.TOPIC, note.toString(), poison,
                notes.envelope(UUID.randomUUID().toString(), note, "after the poison"));
        await().atMost(PATIENCE).until(() -> notes.copies(note).equals(List.of("after the poison")));

        ConsumerRecord<String, String> dead = TestBroker.deadLetter(poison::equals, PATIENCE);
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertTrue(reason != null && new String(reason.value(), StandardCharsets.UTF_8).contains("not a CloudEvents"),
                "the dead letter says why it could not be processed");
    }
}
