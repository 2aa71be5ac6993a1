package org.gcm.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.gcm.infrastructure.keycloak.KeycloakServer;

/**
 * Everything the local stack is configured by: where the repository and the data are, the ports, JVM options and
 * time limits.
 *
 * <p>Each setting has a default and can be overridden by a system property {@code gcm.x.y} or an environment
 * variable {@code GCM_X_Y} (the property wins), e.g. {@code GCM_PG_PORT=25432 deploy/stack up}.
 */
record StackConfig(
        Path repo,
        Path dataDirectory,
        StackPorts ports,
        String serviceJavaOptions,
        String kafkaJavaOptions,
        String keycloakHeap,
        Duration serviceReadyTimeout,
        Duration keycloakReadyTimeout,
        String keycloakVersion,
        String keycloakAdminUser,
        String keycloakAdminPassword,
        String postgresSuperuserPassword,
        boolean demoData) {

    /** The realm the services trust (deploy/keycloak/gcm-realm.json). */
    static final String REALM = "gcm";

    /** The ports of the stack, all on 127.0.0.1. */
    record StackPorts(int gateway, int hub, int fund, int knowledge, int keycloak, int keycloakManagement,
            int postgres, int kafka, int kafkaController) {

        int of(Service service) {
            return switch (service) {
                case HUB -> hub;
                case FUND -> fund;
                case KNOWLEDGE -> knowledge;
                case GATEWAY -> gateway;
            };
        }

        /** Each port with what uses it and the variable that moves it, in start order. */
        List<PortUse> uses() {
            return List.of(
                    new PortUse(postgres, "PostgreSQL", "GCM_PG_PORT"),
                    new PortUse(kafka, "Kafka", "GCM_KAFKA_PORT"),
                    new PortUse(kafkaController, "the Kafka controller", "GCM_KAFKA_CONTROLLER_PORT"),
                    new PortUse(keycloak, "Keycloak", "GCM_KEYCLOAK_PORT"),
                    new PortUse(keycloakManagement, "Keycloak's management (health) endpoint",
                            "GCM_KEYCLOAK_MANAGEMENT_PORT"),
                    new PortUse(hub, "connection-hub", "GCM_HUB_PORT"),
                    new PortUse(fund, "start-up-fund", "GCM_FUND_PORT"),
                    new PortUse(knowledge, "knowledge-platform", "GCM_KNOWLEDGE_PORT"),
                    new PortUse(gateway, "the gateway", "GCM_GATEWAY_PORT"));
        }
    }

    record PortUse(int port, String user, String variable) {
    }

    /** Reads the settings from system properties and the environment. */
    static StackConfig load() {
        return load(System.getenv(), System.getProperties());
    }

    static StackConfig load(Map<String, String> environment, Properties properties) {
        Settings settings = new Settings(environment, properties);
        Path repo = Path.of(settings.get("local-stack.repo", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        if (!Files.isRegularFile(repo.resolve("deploy/keycloak/gcm-realm.json"))) {
            throw new Refusal("Cannot find the repository: " + repo + " has no deploy/keycloak/gcm-realm.json."
                    + " Start the stack with deploy/stack, which passes its location");
        }
        Path data = Path.of(settings.get("stack.data", repo.resolve("stack-data").toString())).toAbsolutePath().normalize();
        StackPorts ports = new StackPorts(
                settings.port("gateway.port", 8080),
                settings.port("hub.port", 8081),
                settings.port("fund.port", 8082),
                settings.port("knowledge.port", 8083),
                settings.port("keycloak.port", 8180),
                settings.port("keycloak.management.port", 9180),
                settings.port("pg.port", 15432),
                settings.port("kafka.port", 19092),
                settings.port("kafka.controller.port", 19093));
        Map<Integer, String> seen = new HashMap<>();
        for (PortUse use : ports.uses()) {
            String other = seen.putIfAbsent(use.port(), use.user());
            if (other != null) {
                throw new Refusal("Port " + use.port() + " is configured for both " + other + " and " + use.user()
                        + "; every component needs its own port");
            }
        }
        return new StackConfig(repo, data, ports,
                settings.get("service.java.opts", LocalStack.DEFAULT_SERVICE_JAVA_OPTS),
                settings.get("kafka.java.opts", "-Xmx384m -XX:+UseSerialGC"),
                settings.get("keycloak.heap", KeycloakServer.DEFAULT_HEAP),
                Duration.ofSeconds(settings.number("service.timeout", 120)),
                Duration.ofSeconds(settings.number("keycloak.timeout", 180)),
                settings.get("keycloak.version", buildProperty("keycloak.version")),
                "admin", "admin",
                settings.get("pg.superuser.password", "postgres"),
                Boolean.parseBoolean(settings.get("demo.data", "true")));
    }

    // --- Layout of the repository (what the build produced) ---

    Path serviceJar(Service service) {
        return repo.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * The service's class-data archive (AppCDS), when the build made one: the JVM then maps the classes it loads at
     * start-up instead of reading and verifying them. An archive from another JVM build is ignored with a warning.
     */
    Optional<Path> classArchive(Service service) {
        Path archive = serviceJar(service).resolveSibling("app-cds.jsa");
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    Path keycloakZip() {
        return repo.resolve("deploy/local-stack/target/keycloak/keycloak-quarkus-dist-" + keycloakVersion + ".zip");
    }

    Path realmFile() {
        return repo.resolve("deploy/keycloak/gcm-realm.json");
    }

    /** What {@code up} needs from the build, each with the module that makes it. */
    List<Path> buildOutputs() {
        List<Path> outputs = new ArrayList<>();
        for (Service service : Service.values()) {
            outputs.add(serviceJar(service));
        }
        outputs.add(keycloakZip());
        return outputs;
    }

    // --- Layout of stack-data/ ---

    Path logs() {
        return dataDirectory.resolve("logs");
    }

    Path log(String process) {
        return logs().resolve(process + ".log");
    }

    Path pidFile() {
        return dataDirectory.resolve("stack.pid");
    }

    Path postgresData() {
        return dataDirectory.resolve("postgres");
    }

    /** Only used on machines without an installed PostgreSQL: the embedded binaries are unpacked here. */
    Path postgresBinariesCache() {
        return dataDirectory.resolve("postgres-binaries");
    }

    Path kafkaData() {
        return dataDirectory.resolve("kafka");
    }

    Path keycloakHome() {
        return dataDirectory.resolve("keycloak").resolve("keycloak-" + keycloakVersion);
    }

    // --- URLs ---

    String serviceUrl(Service service) {
        return "http://127.0.0.1:" + ports.of(service);
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + ports.keycloak();
    }

    String issuerUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + ports.kafka();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database;
    }

    private static String buildProperty(String name) {
        try (InputStream in = StackConfig.class.getResourceAsStream("/local-stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-stack.properties is missing from the classpath; rebuild with"
                        + " deploy/stack --build");
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Looks a setting up as system property {@code gcm.<name>}, then environment variable {@code GCM_<NAME>}. */
    private record Settings(Map<String, String> environment, Properties properties) {

        String get(String name, String fallback) {
            String property = properties.getProperty("gcm." + name);
            if (property != null && !property.isBlank()) {
                return property.strip();
            }
            String variable = environment.get(variable(name));
            return variable != null && !variable.isBlank() ? variable.strip() : fallback;
        }

        int port(String name, int fallback) {
            int port = (int) number(name, fallback);
            if (port < 1 || port > 65535) {
                throw new Refusal(variable(name) + "=" + port + " is not a TCP port (1-65535)");
            }
            return port;
        }

        long number(String name, long fallback) {
            String value = get(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new Refusal(variable(name) + "=" + value + " is not a number");
            }
        }

        static String variable(String name) {
            return "GCM_" + name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        }
    }
}
