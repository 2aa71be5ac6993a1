package org.gcm.knowledge.support;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gcm.testsupport.RealInfrastructure;
import org.gcm.testsupport.TopicRecords;

/** Sends records to and reads records from the test JVM's real Kafka broker. */
public final class Broker {

    private Broker() {
    }

    public static void send(String topic, String key, String... values) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, key, value)).get();
            }
        }
    }

    /** The values of every record with this key on the topic, from the beginning, waiting up to {@code patience}. */
    public static List<String> valuesWithKey(String topic, String key, int atLeast, Duration patience) {
        return valuesWithKey(topic, key, null, atLeast, patience);
    }

    /**
     * As {@link #valuesWithKey(String, String, int, Duration)}, only the events of CloudEvents {@code type} (every
     * move of a practice is an event too, so counts are of one type).
     */
    public static List<String> valuesWithKey(String topic, String key, String type, int atLeast, Duration patience) {
        return TopicRecords.read(topic,
                r -> key.equals(r.key()) && (type == null || r.value().contains("\"" + type + "\"")), atLeast, patience)
                .stream().map(ConsumerRecord::value).toList();
    }
}
