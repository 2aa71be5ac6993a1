package org.gcm.localstack;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.gcm.infrastructure.postgres.PostgresBinaries;
import org.gcm.infrastructure.postgres.PostgresServer;

/**
 * {@code stop}: SIGTERM to the supervisor named by the pid file, which stops everything in order; waits until it
 * is gone. Also stops what a killed supervisor left behind.
 */
final class StopCommand {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private StopCommand() {
    }

    static int run(StackConfig config, Console console) throws InterruptedException {
        long startedAt = System.nanoTime();
        OptionalLong supervisor = PidFile.runningSupervisor(config.pidFile());
        if (supervisor.isPresent()) {
            long pid = supervisor.getAsLong();
            ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
            if (handle != null) {
                console.line("Stopping the local stack (supervisor pid " + pid + "): gateway, services, Keycloak, Kafka,"
                        + " PostgreSQL...");
                handle.destroy();
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                long nextNote = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (handle.isAlive()) {
                    if (System.nanoTime() > deadline) {
                        console.line("The supervisor (pid " + pid + ") did not stop within " + PATIENCE.toMinutes()
                                + " minutes; see " + config.log("local-stack") + " and the output of deploy/stack up");
                        return 1;
                    }
                    if (System.nanoTime() > nextNote) {
                        console.line("  still stopping (" + Console.seconds(startedAt) + ")...");
                        nextNote = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                    }
                    Thread.sleep(200);
                }
                console.line("Stopped in " + Console.seconds(startedAt) + ".");
            }
        } else {
            console.line("The local stack is not running.");
        }
        return stopLeftovers(config, console) ? 0 : 1;
    }

    /** Stops the stack's processes that have no supervisor any more; true when nothing is left. */
    static boolean stopLeftovers(StackConfig config, Console console) {
        List<StackProcesses.Found> leftovers = StackProcesses.find(config);
        PostgresServer postgres = postgres(config);
        boolean postgresLeft = postgres != null && postgres.isRunning();
        if (!leftovers.isEmpty() || postgresLeft) {
            console.line("Stopping processes of the stack that no supervisor looks after (it was killed):");
            StackProcesses.stop(leftovers, console);
            if (postgresLeft) {
                postgres.stop();
                console.progress("PostgreSQL", "stopped");
            }
        }
        boolean clean = StackProcesses.find(config).isEmpty() && (postgres == null || !postgres.isRunning());
        if (!clean) {
            console.line("Some processes of the stack are still running; see deploy/stack status");
        }
        return clean;
    }

    /** The stack's PostgreSQL, to stop a leftover server; {@code null} when no cluster exists. */
    static PostgresServer postgres(StackConfig config) {
        if (!java.nio.file.Files.exists(config.postgresData().resolve("PG_VERSION"))) {
            return null;
        }
        return PostgresServer.builder()
                .binaries(PostgresBinaries.locate(config.postgresBinariesCache()))
                .dataDirectory(config.postgresData())
                .logFile(config.log("postgres"))
                .port(config.ports().postgres())
                .superuserPassword(config.postgresSuperuserPassword())
                .build();
    }
}
