package org.gcm.testsupport;

import java.nio.file.Path;
import java.util.UUID;

import org.gcm.infrastructure.kafka.KafkaBroker;
import org.gcm.infrastructure.net.Ports;
import org.gcm.infrastructure.postgres.PostgresBinaries;
import org.gcm.infrastructure.postgres.PostgresServer;

/** The started PostgreSQL cluster and Kafka broker of the test JVM. */
public class Servers implements ServersMBean {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    Servers(Path root) {
        postgres = PostgresServer.builder()
                .binaries(PostgresBinaries.locate(root.resolve("postgres-binaries")))
                .dataDirectory(root.resolve("postgres"))
                .port(Ports.freePort())
                .superuserPassword(UUID.randomUUID().toString())
                .durable(false)
                .stopOnJvmExit(true)
                .build();
        kafka = new KafkaBroker(root.resolve("kafka"), Ports.freePort(), Ports.freePort());
    }

    void start() {
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "stop-test-kafka"));
    }

    @Override
    public String getKafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public void ensureDatabase(String name) {
        postgres.ensureDatabase(name, name, name);
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    @Override
    public void stopPostgres() {
        postgres.stop();
    }

    @Override
    public void startPostgres() {
        postgres.start();
    }
}
