package org.gcm.fund.support;

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

/** The real test broker: sends records as the hub would, and finds the records the fund published. */
public final class Broker {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Broker() {
    }

    public static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    /** The records of {@code topic} with key {@code key} that match, waiting until {@code count} of them arrived. */
    public static List<ConsumerRecord<String, String>> await(String topic, String key, Predicate<String> value, int count) {
        List<ConsumerRecord<String, String>> found =
                TopicRecords.read(topic, r -> key.equals(r.key()) && value.test(r.value()), count, PATIENCE);
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " records with key " + key + " on " + topic + ", found " + found.size());
        }
        return found;
    }
}
