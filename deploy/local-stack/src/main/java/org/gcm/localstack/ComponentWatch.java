package org.gcm.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gcm.infrastructure.keycloak.KeycloakServer;

/**
 * Once the stack is ready: reports, once each, a component that ends on its own. It is not restarted; the
 * operator decides, with its log at hand.
 */
final class ComponentWatch {

    private final StackConfig config;
    private final Console console;
    private final StartedComponents started;
    private final Map<String, Boolean> reportedDead = new ConcurrentHashMap<>();

    ComponentWatch(StackConfig config, Console console, StartedComponents started) {
        this.config = config;
        this.console = console;
        this.started = started;
    }

    /** Looks every second, until a signal interrupts the owner thread. */
    void untilStopRequested() throws InterruptedException {
        while (true) {
            Thread.sleep(1000);
            started.forEachService((service, process) ->
                    reportIfDead(service.module(), process.isAlive(), process.logFile()));
            ChildProcess kafka = started.kafka();
            if (kafka != null) {
                reportIfDead("Kafka", kafka.isAlive(), kafka.logFile());
            }
            KeycloakServer keycloak = started.keycloak();
            if (keycloak != null) {
                reportIfDead("Keycloak", keycloak.isRunning(), config.log("keycloak"));
            }
            long postgresPid = started.postgresPid();
            if (postgresPid > 0) {
                reportIfDead("PostgreSQL", ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive).orElse(false),
                        config.log("postgres"));
            }
        }
    }

    private void reportIfDead(String name, boolean alive, Path log) {
        if (!alive && reportedDead.putIfAbsent(name, Boolean.TRUE) == null) {
            console.progress(name, "ENDED UNEXPECTEDLY; it is not restarted. See " + log
                    + " (stop with Ctrl-C or deploy/stack stop, then start again)");
        }
    }
}
