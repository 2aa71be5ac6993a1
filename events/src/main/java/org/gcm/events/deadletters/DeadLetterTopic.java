package org.gcm.events.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gcm.events.contract.Topics;
import org.gcm.events.inbox.UndeliveredEvent;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;

/**
 * Reads the service's dead-letter topic on request, with a consumer of its own for that request: partitions
 * assigned and offsets sought by hand, no consumer group, so nothing is committed and the channels are not
 * disturbed; bounded in time ({@code gcm.dead-letters.read-timeout}) and count ({@code read-limit} per partition).
 */
@ApplicationScoped
class DeadLetterTopic {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);
    /** Attributes and reasons are shown, not stored whole: a longer one is cut here. */
    private static final int MAX_TEXT = 1000;

    private final Object bootstrapServers;
    private final DeadLettersConfig config;
    private final ObjectMapper json;
    private final String topic;

    DeadLetterTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka, DeadLettersConfig config,
            ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.bootstrapServers = kafka.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG);
        this.config = config;
        this.json = json;
        this.topic = config.topic().orElse(Topics.deadLetters(application));
    }

    String name() {
        return topic;
    }

    /** The newest dead letters of every partition, newest first. */
    List<DeadLetter> readAll() {
        long deadline = System.nanoTime() + config.readTimeout().toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, config.readTimeout());
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, config.readTimeout());
            List<TopicPartition> toRead = partitions.stream()
                    .filter(p -> ends.get(p) > beginnings.get(p)).toList();
            consumer.assign(toRead);
            toRead.forEach(p -> consumer.seek(p, Math.max(beginnings.get(p), ends.get(p) - config.readLimit())));
            List<DeadLetter> letters = new ArrayList<>();
            List<TopicPartition> unfinished = new ArrayList<>(toRead);
            while (!unfinished.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        letters.add(letterOf(record));
                    }
                }
                unfinished.removeIf(p -> consumer.position(p, config.readTimeout()) >= ends.get(p));
            }
            if (!unfinished.isEmpty()) {
                LOG.warnf("Dead letters of %s: partitions %s not read to the end within %s; the list is incomplete",
                        topic, unfinished, config.readTimeout());
            }
            letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).reversed().thenComparing(DeadLetter::id));
            return letters;
        }
    }

    /** The dead letter at {@code position}, if the topic holds one there. */
    Optional<DeadLetter> read(DeadLetterPosition position) {
        long deadline = System.nanoTime() + config.readTimeout().toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition partition = new TopicPartition(topic, position.partition());
            if (!partitions(consumer).contains(partition)
                    || position.offset() >= consumer.endOffsets(List.of(partition), config.readTimeout()).get(partition)
                    || position.offset() < consumer.beginningOffsets(List.of(partition), config.readTimeout()).get(partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, position.offset());
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == position.offset()) {
                        return Optional.of(letterOf(record));
                    }
                    if (record.offset() > position.offset()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, config.readTimeout());
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
        // No group: offsets are sought by hand and never committed.
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Asking about a topic that does not exist yet (no dead letter so far) must not create it.
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.readTimeout().toMillis());
        settings.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.readTimeout().toMillis());
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * SmallRye's dead-letter headers say where the record came from and what was thrown; when
     * {@code Deliveries.actOnce} threw, the reason names the consumer and the cause is the real failure.
     */
    private DeadLetter letterOf(ConsumerRecord<String, String> record) {
        String exceptionClass = header(record, "dead-letter-exception-class-name");
        String reason = header(record, "dead-letter-reason");
        Optional<String> consumer = UndeliveredEvent.consumerIn(exceptionClass, reason);
        JsonNode envelope = envelopeOf(record.value());
        return new DeadLetter(new DeadLetterPosition(record.partition(), record.offset()).id(),
                attribute(envelope, "id"), attribute(envelope, "type"), attribute(envelope, "subject"),
                attribute(envelope, "source"), header(record, "dead-letter-topic"),
                number(header(record, "dead-letter-partition"), Integer::valueOf),
                number(header(record, "dead-letter-offset"), Long::valueOf), consumer.orElse(null),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC),
                consumer.isPresent() ? header(record, "dead-letter-cause-class-name") : exceptionClass,
                consumer.isPresent() ? header(record, "dead-letter-cause") : reason,
                record.key(), record.value());
    }

    private JsonNode envelopeOf(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    /** A top-level attribute of the envelope; never anything inside its data. */
    private static String attribute(JsonNode envelope, String name) {
        JsonNode value = envelope == null || !envelope.isObject() ? null : envelope.get(name);
        return value == null || !value.isTextual() ? null : cut(value.asText());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : cut(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static <N> N number(String text, java.util.function.Function<String, N> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
    }
}
