package org.gcm.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gcm.infrastructure.keycloak.KeycloakServer;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * Stops, in reverse start order, whatever was started (or half started), waiting for each: the gateway, the three
 * services, Keycloak, Kafka, PostgreSQL. Last, anything of the stack still running is found and stopped.
 */
record OrderlyStop(StackConfig config, Console console, StartedComponents started, StartSequence sequence) {

    void stopAll() {
        long startedAt = System.nanoTime();
        sequence.abandon();
        console.progress(Console.SUPERVISOR, "stopping");
        ChildProcess gateway = started.service(Service.GATEWAY);
        stopChildren(gateway == null ? List.of() : List.of(gateway));
        stopChildren(Stream.of(Service.HUB, Service.FUND, Service.KNOWLEDGE).map(started::service)
                .filter(process -> process != null).toList());
        stopKeycloak();
        ChildProcess kafka = started.kafka();
        if (kafka != null) {
            stopChildren(List.of(kafka));
        }
        stopPostgres();
        // Whatever a failed start or a lost handle left: nothing of the stack may outlive the supervisor.
        List<StackProcesses.Found> left = StackProcesses.find(config);
        if (!left.isEmpty()) {
            console.progress(Console.SUPERVISOR, left.size() + " process(es) still running; stopping them");
            StackProcesses.stop(left, console);
        }
        console.progress(Console.SUPERVISOR, "stopped everything in " + Console.seconds(startedAt));
    }

    private void stopKeycloak() {
        KeycloakServer keycloak = started.keycloak();
        if (keycloak == null) {
            return;
        }
        long keycloakAt = System.nanoTime();
        boolean wasRunning = keycloak.isRunning();
        try {
            keycloak.stop();
        } catch (RuntimeException e) {
            console.progress("Keycloak", "could not be stopped: " + FailureReason.describe(e));
        }
        if (wasRunning) {
            console.progress("Keycloak", "stopped (" + Console.seconds(keycloakAt) + ")");
        } else if (!started.isKeycloakReady()) {
            console.progress("Keycloak", "start abandoned, its processes stopped");
        }
    }

    private void stopPostgres() {
        if (!started.wasPostgresAttempted()) {
            return;
        }
        PostgresServer postgres = started.postgres();
        long postgresAt = System.nanoTime();
        try {
            if (postgres.isRunning()) {
                postgres.stop();
                console.progress("PostgreSQL", "stopped (" + Console.seconds(postgresAt) + ")");
            }
        } catch (RuntimeException e) {
            console.progress("PostgreSQL", "could not be stopped: " + FailureReason.describe(e));
        }
    }

    /** Asks all of them to stop at once, then waits for each. */
    private void stopChildren(List<ChildProcess> children) {
        Map<ChildProcess, Long> stopAskedAt = new LinkedHashMap<>();
        for (ChildProcess child : children) {
            if (child.isAlive()) {
                stopAskedAt.put(child, System.nanoTime());
                child.requestStop();
            }
        }
        stopAskedAt.forEach((child, at) -> {
            String how = child.awaitStopped();
            console.progress(child.name(), "stopped (" + Console.seconds(at) + ", " + how + ")");
        });
    }
}
