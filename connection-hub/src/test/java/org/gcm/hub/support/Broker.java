package org.gcm.hub.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gcm.testsupport.RealInfrastructure;
import org.gcm.testsupport.TopicRecords;

/** The real test broker, as another service would use it: sends envelopes and reads what the hub published. */
public final class Broker {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Broker() {
    }

    /** Sends each value in order with the same key (so they stay in order on one partition). */
    public static void send(String topic, String key, String... values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, key, value)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /** The first record on {@code topic} with {@code key} whose value passes {@code test}, read from the start. */
    public static ConsumerRecord<String, String> await(String topic, String key, Predicate<String> test) {
        List<ConsumerRecord<String, String>> found =
                TopicRecords.read(topic, r -> key.equals(r.key()) && test.test(r.value()), 1, PATIENCE);
        if (found.isEmpty()) {
            throw new AssertionError("no matching record with key " + key + " on " + topic + " within " + PATIENCE);
        }
        return found.get(0);
    }
}
