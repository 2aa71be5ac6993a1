package org.gcm.infrastructure.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gcm.infrastructure.net.Ports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    private static final Path WORK = Path.of(System.getProperty("java.io.tmpdir"), "kafka-broker-test");
    private static final String TOPIC = "connection-requests";

    @BeforeAll
    static void wipeEarlierRuns() throws IOException {
        if (Files.exists(WORK)) {
            PathUtils.deleteDirectory(WORK);
        }
    }

    @Test
    void keepsRecordsAcrossARestartOnTheSameDirectoryAndPorts() throws Exception {
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        try (KafkaBroker broker = new KafkaBroker(WORK.resolve("restart"), port, controllerPort)) {
            broker.start();
            assertTrue(broker.isRunning());
            try (KafkaProducer<String, String> producer = producer(broker)) {
                producer.send(new ProducerRecord<>(TOPIC, "request-1", "{\"status\":\"OPEN\"}"))
                        .get(30, TimeUnit.SECONDS);
            }
            assertFirstRecord(broker, "before-restart");

            broker.stop();
            assertFalse(broker.isRunning());
            assertTrue(Ports.isFree(port), "the broker port is released");
            assertTrue(Ports.isFree(controllerPort), "the controller port is released");
            broker.stop();

            broker.start();
            assertFirstRecord(broker, "after-restart");
        }
    }

    private static void assertFirstRecord(KafkaBroker broker, String group) {
        try (KafkaConsumer<String, String> consumer = consumer(broker, group)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    assertEquals("request-1", record.key());
                    assertEquals("{\"status\":\"OPEN\"}", record.value());
                    return;
                }
            }
            fail("no record on " + TOPIC + " within 30 s for group " + group);
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
