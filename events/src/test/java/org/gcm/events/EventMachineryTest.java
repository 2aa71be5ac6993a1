package org.gcm.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.fixture.NoteCopier;
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
    CloudEventEnvelopes envelopes;

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
        String duplicate = envelope(eventId, note, "said twice");
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Notes.TOPIC, note.toString(), duplicate)).get();
            producer.send(new ProducerRecord<>(Notes.TOPIC, note.toString(), duplicate)).get();
            // Same key, same partition: once this marker is copied, both deliveries before it were handled.
            producer.send(new ProducerRecord<>(Notes.TOPIC, note.toString(),
                    envelope(UUID.randomUUID().toString(), note, "marker"))).get();
        }
        await().atMost(PATIENCE).until(() -> notes.copies(note).contains("marker"));
        assertEquals(1, notes.copiesOfEvent(eventId));
        assertEquals(List.of("said twice", "marker"), notes.copies(note));
    }

    @Test
    void aPassingFailureIsRetriedInAFreshTransactionAndHasOneEffect() throws Exception {
        UUID note = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String text = NoteCopier.TRANSIENT_FAILURES + "2";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Notes.TOPIC, note.toString(), envelope(eventId, note, text))).get();
        }
        await().atMost(PATIENCE).until(() -> notes.copies(note).contains(text));
        assertEquals(3, NoteCopier.attemptsOn(eventId), "two failed attempts, then the one that counted");
        assertEquals(1, notes.copiesOfEvent(eventId), "the failed attempts left nothing behind");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLettersWithItsReasonAndDoesNotBlockThePartition() throws Exception {
        UUID note = UUID.randomUUID();
        String poison = "this is not a cloud event " + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Notes.TOPIC, note.toString(), poison)).get();
            producer.send(new ProducerRecord<>(Notes.TOPIC, note.toString(),
                    envelope(UUID.randomUUID().toString(), note, "after the poison"))).get();
        }
        await().atMost(PATIENCE).until(() -> notes.copies(note).equals(List.of("after the poison")));

        ConsumerRecord<String, String> dead = deadLetterWithValue(poison);
        Header reason = dead.headers().lastHeader("dead-letter-reason");
        assertTrue(reason != null && new String(reason.value(), StandardCharsets.UTF_8).contains("not a CloudEvents"),
                "the dead letter says why it could not be processed");
    }

    private String envelope(String eventId, UUID note, String text) {
        return envelopes.write(UUID.fromString(eventId), URI.create("/events-test"), Notes.WRITTEN, note.toString(),
                OffsetDateTime.now(), new Notes.NoteWritten(note, text));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static ConsumerRecord<String, String> deadLetterWithValue(String value) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("events-test.dead-letters"));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (value.equals(record.value())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter with the poison message within " + PATIENCE);
    }
}
