package org.gcm.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds the processes of this stack among all processes, by what their command lines carry: the Java children
 * the supervisor starts (Kafka and the four services) are marked with {@code -Dgcm.local-stack.data=<stack-data>}
 * and {@code -Dgcm.local-stack.component=<name>}; Keycloak runs from its home under stack-data. PostgreSQL is
 * found through its own {@code postmaster.pid} instead (see {@code PostgresServer}).
 *
 * <p>Used to report memory, and to stop what a supervisor that was killed (SIGKILL) could not stop itself.
 */
final class StackProcesses {

    static final String DATA_MARKER = "-Dgcm.local-stack.data=";
    static final String COMPONENT_MARKER = "-Dgcm.local-stack.component=";
    static final String KAFKA = "kafka";
    static final String KEYCLOAK = "keycloak";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    /** A process of this stack: which component it belongs to. */
    record Found(String component, ProcessTable.Entry process) {
    }

    private StackProcesses() {
    }

    /** The stack's processes other than PostgreSQL's and this one, in stop order (gateway first, Kafka last). */
    static List<Found> find(StackConfig config) {
        String dataMarker = DATA_MARKER + config.dataDirectory();
        String keycloakBin = config.keycloakHome() + "/bin/";
        long self = ProcessHandle.current().pid();
        List<Found> found = new ArrayList<>();
        for (ProcessTable.Entry entry : ProcessTable.snapshot()) {
            if (entry.pid() == self) {
                continue;
            }
            if (entry.hasArgument(dataMarker)) {
                entry.arguments().stream().filter(argument -> argument.startsWith(COMPONENT_MARKER)).findFirst()
                        .map(argument -> argument.substring(COMPONENT_MARKER.length()))
                        .ifPresent(component -> found.add(new Found(component, entry)));
            } else if (entry.arguments().stream().anyMatch(argument -> argument.contains(keycloakBin))
                    && isJavaOrShell(entry.program())) {
                found.add(new Found(KEYCLOAK, entry));
            }
        }
        found.sort(Comparator.comparingInt(f -> stopRank(f.component())));
        return found;
    }

    /** The Keycloak Java process of this stack (not the {@code kc.sh} shell that may stay as its parent). */
    static Optional<Found> keycloakJava(List<Found> processes) {
        return processes.stream().filter(f -> f.component().equals(KEYCLOAK))
                .filter(f -> f.process().program().endsWith("java")).findFirst();
    }

    /**
     * Stops the given processes in their order, each group (same component) with SIGTERM, waiting up to 30 s for it
     * before SIGKILL.
     */
    static void stop(List<Found> processes, Console console) {
        List<String> order = processes.stream().map(Found::component).distinct().toList();
        for (String component : order) {
            List<ProcessHandle> handles = processes.stream().filter(f -> f.component().equals(component))
                    .map(f -> ProcessHandle.of(f.process().pid())).flatMap(Optional::stream).toList();
            long startedAt = System.nanoTime();
            handles.forEach(ProcessHandle::destroy);
            if (!awaitExit(handles, STOP_GRACE)) {
                console.progress(component, "did not stop within " + STOP_GRACE.toSeconds() + " s; killing it");
                handles.forEach(ProcessHandle::destroyForcibly);
                awaitExit(handles, Duration.ofSeconds(10));
            }
            console.progress(component, "stopped (" + Console.seconds(startedAt) + ")");
        }
    }

    static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        try {
            CompletableFuture.allOf(handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        }
    }

    private static boolean isJavaOrShell(String program) {
        return program.endsWith("java") || program.endsWith("sh");
    }

    private static int stopRank(String component) {
        if (component.equals(Service.GATEWAY.module())) {
            return 0;
        }
        if (component.equals(KEYCLOAK)) {
            return 2;
        }
        if (component.equals(KAFKA)) {
            return 3;
        }
        return 1;
    }
}
