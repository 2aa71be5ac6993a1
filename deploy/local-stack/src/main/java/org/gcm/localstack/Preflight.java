package org.gcm.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gcm.infrastructure.keycloak.JavaRuntime;
import org.gcm.infrastructure.keycloak.JavaRuntimes;
import org.gcm.infrastructure.keycloak.KeycloakServer;
import org.gcm.infrastructure.net.Ports;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * What {@code up} settles before it starts anything: it refuses (exit code 2, one line) when the build is
 * missing, no Java can run Keycloak or a port is taken, and it clears away what a killed supervisor left running.
 */
final class Preflight {

    private Preflight() {
    }

    static void requireBuildOutputs(StackConfig config) {
        List<Path> missing = config.buildOutputs().stream().filter(path -> !Files.isRegularFile(path)).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("Not built: " + missing.get(0) + (missing.size() > 1 ? " and " + (missing.size() - 1)
                    + " more" : "") + " missing. Build with: deploy/stack up --build");
        }
    }

    static JavaRuntime locateKeycloakJava() {
        try {
            return JavaRuntimes.locate(KeycloakServer.MINIMUM_JAVA);
        } catch (IllegalStateException e) {
            throw new Refusal(e.getMessage());
        }
    }

    /** Processes a killed supervisor left behind hold our ports and data; they are ours, so they are stopped. */
    static void stopLeftovers(StackConfig config, PostgresServer postgres, Console console) {
        List<StackProcesses.Found> leftovers = StackProcesses.find(config);
        boolean postgresLeft = postgres.isRunning();
        if (leftovers.isEmpty() && !postgresLeft) {
            return;
        }
        console.line("Found processes of an earlier stack that did not stop cleanly; stopping them first:");
        leftovers.forEach(found -> console.line("  " + found.component() + ": pid " + found.process().pid()));
        if (postgresLeft) {
            console.line("  PostgreSQL: pid " + postgres.pid().orElse(-1));
        }
        StackProcesses.stop(leftovers, console);
        if (postgresLeft) {
            postgres.stop();
            console.progress("PostgreSQL", "stopped");
        }
    }

    static void requireFreePorts(StackConfig config) {
        List<String> taken = new ArrayList<>();
        for (StackConfig.PortUse use : config.ports().uses()) {
            if (!Ports.isFree(use.port())) {
                String holder = ProcessTable.listenersOn(use.port()).stream().findFirst()
                        .map(entry -> " by pid " + entry.pid() + " (" + entry.shortCommand() + ")")
                        .orElse("");
                taken.add("port " + use.port() + " on 127.0.0.1 is taken" + holder + "; it is the port of "
                        + use.user() + " in this stack (set " + use.variable() + " to use another)");
            }
        }
        if (!taken.isEmpty()) {
            throw new Refusal("Cannot start: " + String.join("; ", taken));
        }
    }
}
