package org.gcm.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.gcm.infrastructure.kafka.KafkaBrokerMain;
import org.gcm.infrastructure.keycloak.JavaRuntime;
import org.gcm.infrastructure.keycloak.KeycloakServer;
import org.gcm.infrastructure.postgres.PostgresBinaries;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * Starts PostgreSQL (with the services' databases), Kafka and Keycloak, each until it is ready, and records each
 * in {@code started} before it launches, so that a stop also ends a half-started one. A wait ends early once
 * {@code abandoned} says so.
 */
record InfrastructureStarter(StackConfig config, Console console, StartedComponents started,
        BooleanSupplier abandoned) {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);

    /** The stack's PostgreSQL server, durable, over {@code stack-data/postgres}. */
    static PostgresServer postgresServer(StackConfig config) {
        PostgresBinaries binaries = PostgresBinaries.locate(config.postgresBinariesCache());
        return PostgresServer.builder()
                .binaries(binaries)
                .dataDirectory(config.postgresData())
                .logFile(config.log("postgres"))
                .port(config.ports().postgres())
                .superuserPassword(config.postgresSuperuserPassword())
                .durable(true)
                .build();
    }

    void startPostgres() {
        String name = "PostgreSQL";
        PostgresServer postgres = started.postgres();
        boolean fresh = !Files.exists(config.postgresData().resolve("PG_VERSION"));
        console.progress(name, "starting on 127.0.0.1:" + config.ports().postgres()
                + (fresh ? " (new cluster)" : " (existing cluster)"));
        long startedAt = System.nanoTime();
        started.postgresAttempted();
        try {
            postgres.start();
            List<String> databases = new ArrayList<>();
            for (Service service : Service.values()) {
                if (service.database() != null) {
                    postgres.ensureDatabase(service.database(), service.database(), service.database());
                    databases.add(service.database());
                }
            }
            started.postgresReady(postgres.pid().orElse(-1));
            console.progress(name, "ready in " + Console.seconds(startedAt) + " (databases "
                    + String.join(", ", databases) + ")");
        } catch (RuntimeException e) {
            throw new StartupFailure("PostgreSQL did not start: " + FailureReason.describe(e), e);
        }
    }

    void startKafka() {
        String name = "Kafka";
        boolean fresh = !Files.exists(config.kafkaData().resolve("log").resolve("meta.properties"));
        List<String> command = new JavaCommand()
                .options(config.kafkaJavaOptions())
                .markedAs(config, StackProcesses.KAFKA)
                .add(
                        // slf4j-simple: Kafka's own chatter at WARN, the broker launcher's lines at INFO, with times.
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                        "-Dorg.slf4j.simpleLogger.log.kafka=warn",
                        "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                        "-Dorg.slf4j.simpleLogger.showDateTime=true",
                        "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                        "-Djava.util.logging.SimpleFormatter.format=%1$tF %1$tT.%1$tL %4$s [%3$s] %5$s%6$s%n",
                        // The few Log4j API callers in Kafka: Log4j's own simple logger (errors only), not "no provider".
                        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                        "-cp", System.getProperty("java.class.path"),
                        KafkaBrokerMain.class.getName(),
                        config.kafkaData().toString(),
                        Integer.toString(config.ports().kafka()),
                        Integer.toString(config.ports().kafkaController()))
                .toList();
        ChildProcess process = new ChildProcess(StackProcesses.KAFKA, command, config.log("kafka"),
                config.dataDirectory());
        console.progress(name, "starting on " + config.kafkaBootstrap() + (fresh ? " (new storage)" : " (existing storage)"));
        long startedAt = System.nanoTime();
        started.kafka(process);
        process.launch();
        process.awaitLogLine(KafkaBrokerMain.READY, KAFKA_TIMEOUT, abandoned);
        console.progress(name, "ready in " + Console.seconds(startedAt) + " (pid " + process.pid().orElse(-1) + ")");
    }

    void startKeycloak(JavaRuntime java) {
        String name = "Keycloak";
        Path home = config.keycloakHome();
        boolean unpack = !Files.isRegularFile(home.resolve("bin").resolve("kc.sh"));
        boolean freshRealm = !Files.isDirectory(home.resolve("data").resolve("h2"));
        KeycloakServer server = KeycloakServer.builder()
                .distribution(config.keycloakZip())
                .home(home)
                .httpPort(config.ports().keycloak())
                .managementPort(config.ports().keycloakManagement())
                .realm(StackConfig.REALM, config.realmFile())
                .admin(config.keycloakAdminUser(), config.keycloakAdminPassword())
                .heap(config.keycloakHeap())
                .logFile(config.log("keycloak"))
                .startTimeout(config.keycloakReadyTimeout())
                .build();
        console.progress(name, "starting on " + config.keycloakUrl() + " with Java " + java.version()
                + (unpack ? " (first start: unpacks and builds Keycloak, about a minute)" : ""));
        long startedAt = System.nanoTime();
        started.keycloakStarting(server);
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new StartupFailure(abandoned.getAsBoolean() ? "start of Keycloak abandoned"
                    : FailureReason.describe(e), e);
        } finally {
            started.keycloakStartEnded();
        }
        started.keycloakReady();
        console.progress(name, "ready in " + Console.seconds(startedAt) + " (realm " + StackConfig.REALM + " "
                + (freshRealm ? "imported from deploy/keycloak/gcm-realm.json" : "kept from the last run, not re-imported")
                + ")");
    }
}
