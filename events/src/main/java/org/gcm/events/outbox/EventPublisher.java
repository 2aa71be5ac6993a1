package org.gcm.events.outbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gcm.events.contract.CloudEventEnvelopes;

import io.smallrye.common.annotation.Identifier;

/**
 * Sends outbox events to Kafka: key = aggregate id (so one aggregate's events stay in order on one
 * partition), value = the CloudEvents envelope, header {@code content-type}. Only the relay uses it.
 */
@ApplicationScoped
class EventPublisher {

    private final KafkaProducer<String, String> producer;

    EventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        // Written to all in-sync replicas, never twice by a producer retry, in order per partition.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // While the broker is away, fail within the send timeout; the relay backs off and the rows wait.
        long timeout = config.sendTimeout().toMillis();
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (timeout / 2));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(settings);
    }

    Future<RecordMetadata> send(PendingEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.aggregateId(), event.envelope());
        record.headers().add("content-type", CloudEventEnvelopes.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            // send() itself throws when it cannot even get the topic's metadata in time.
            return CompletableFuture.failedFuture(e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(2));
    }
}
