package org.gcm.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.gcm.infrastructure.kafka.KafkaBroker;
import org.gcm.infrastructure.net.Ports;
import org.gcm.infrastructure.postgres.PostgresBinaries;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * One real PostgreSQL cluster and one real Kafka broker for the whole test JVM, on free ports, started on
 * first use and stopped when the JVM exits. Data lives under the module's {@code target/} (Surefire sets
 * {@code java.io.tmpdir} there), so {@code mvn clean} removes it.
 */
public final class RealInfrastructure {

    /** The broker's log categories; held so that the levels set on them are not lost with the loggers. */
    private static final List<Logger> BROKER_LOGGERS = Stream.of("kafka", "org.apache.kafka", "state.change.logger")
            .map(Logger::getLogger).toList();

    private static RealInfrastructure instance;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private RealInfrastructure(Path root) {
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

    /** The JVM's infrastructure, started on the first call. */
    public static synchronized RealInfrastructure get() {
        if (instance == null) {
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "gcm-test-infrastructure-" + ProcessHandle.current().pid());
            // The broker starts before Quarkus applies its logging configuration: quiet it here already.
            BROKER_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
            RealInfrastructure started = new RealInfrastructure(root);
            started.postgres.start();
            started.kafka.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started.kafka::stop, "stop-test-kafka"));
            instance = started;
        }
        return instance;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The broker, for fault tests that stop and restart it. */
    public KafkaBroker kafka() {
        return kafka;
    }
}
