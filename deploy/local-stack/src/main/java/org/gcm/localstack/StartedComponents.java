package org.gcm.localstack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.gcm.infrastructure.keycloak.KeycloakServer;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * What this supervisor started, or began to start. The start tasks record each component before they launch it,
 * so that a stop can end a half-started one too; the watch, the ready report and the stop read it from their own
 * threads.
 */
final class StartedComponents {

    private final PostgresServer postgres;
    private volatile boolean postgresAttempted;
    private volatile long postgresPid = -1;
    private volatile ChildProcess kafka;
    private volatile KeycloakServer keycloak;
    private volatile boolean keycloakStarting;
    private volatile boolean keycloakReady;
    private final Map<Service, ChildProcess> services = new ConcurrentHashMap<>();

    /** PostgreSQL's server exists before anything starts: it also finds a server a killed supervisor left. */
    StartedComponents(PostgresServer postgres) {
        this.postgres = postgres;
    }

    PostgresServer postgres() {
        return postgres;
    }

    void postgresAttempted() {
        postgresAttempted = true;
    }

    boolean wasPostgresAttempted() {
        return postgresAttempted;
    }

    void postgresReady(long pid) {
        postgresPid = pid;
    }

    /** The postmaster's pid once PostgreSQL is ready, else -1. */
    long postgresPid() {
        return postgresPid;
    }

    void kafka(ChildProcess process) {
        kafka = process;
    }

    /** {@code null} until Kafka is launched. */
    ChildProcess kafka() {
        return kafka;
    }

    void keycloakStarting(KeycloakServer server) {
        keycloak = server;
        keycloakStarting = true;
    }

    void keycloakStartEnded() {
        keycloakStarting = false;
    }

    void keycloakReady() {
        keycloakReady = true;
    }

    /** {@code null} until Keycloak's start begins. */
    KeycloakServer keycloak() {
        return keycloak;
    }

    boolean isKeycloakStarting() {
        return keycloakStarting;
    }

    boolean isKeycloakReady() {
        return keycloakReady;
    }

    void service(Service service, ChildProcess process) {
        services.put(service, process);
    }

    /** {@code null} until that service is launched. */
    ChildProcess service(Service service) {
        return services.get(service);
    }

    void forEachService(BiConsumer<Service, ChildProcess> action) {
        services.forEach(action);
    }
}
