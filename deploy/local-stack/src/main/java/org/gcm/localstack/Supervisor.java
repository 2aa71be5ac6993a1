package org.gcm.localstack;

import java.io.IOException;
import java.nio.file.Files;

import org.gcm.infrastructure.keycloak.JavaRuntime;

/**
 * {@code up}: starts the whole stack in the foreground and stops it again on Ctrl-C or SIGTERM.
 *
 * <p>One thread (the one that calls {@link #up()}) owns the life cycle: it checks, starts ({@link StartSequence}),
 * reports ({@link ReadyReport}), watches ({@link ComponentWatch}), and always stops what was started
 * ({@link OrderlyStop}), whether start-up failed or a signal ({@link StopSignal}) arrived.
 */
final class Supervisor {

    private final StackConfig config;
    private final Console console;

    Supervisor(StackConfig config, Console console) {
        this.config = config;
        this.console = console;
    }

    /** Runs the stack until a signal; returns the process exit code (0 after a requested stop, 1 if start-up failed). */
    int up() throws IOException {
        Preflight.requireBuildOutputs(config);
        PidFile pidFile = PidFile.acquire(config.pidFile(), console);
        StartedComponents started;
        StartSequence sequence;
        try {
            // Only the stack that holds the lock may touch the logs.
            Files.createDirectories(config.logs());
            LogRotation.rotate(config.logs());
            SupervisorLogging.toFile(config.log("local-stack"));
            JavaRuntime keycloakJava = Preflight.locateKeycloakJava();
            started = new StartedComponents(InfrastructureStarter.postgresServer(config));
            Preflight.stopLeftovers(config, started.postgres(), console);
            Preflight.requireFreePorts(config);
            sequence = new StartSequence(config, console, started, keycloakJava);
        } catch (RuntimeException | IOException e) {
            pidFile.release();
            throw e;
        }
        StopSignal signal = StopSignal.install(console);

        int exitCode = 0;
        String failure = null;
        String summary = null;
        try {
            console.line("Starting the GCM local stack (data and logs in " + config.dataDirectory() + ")");
            sequence.run();
            ReadyReport.print(config, console, MemorySnapshot.of(started));
            new ComponentWatch(config, console, started).untilStopRequested();
        } catch (InterruptedException e) {
            // A signal: stop as asked.
        } catch (RuntimeException e) {
            if (!signal.isStopRequested()) {
                failure = FailureReason.describe(e);
                summary = e instanceof StartupFailure startupFailure ? startupFailure.summary()
                        : failure.lines().findFirst().orElse(failure);
                console.blank();
                console.line("START-UP FAILED: " + failure);
                console.blank();
                exitCode = 1;
            }
        } finally {
            signal.cleanupBegins();
            Thread.interrupted(); // a signal's interrupt must not cut the stopping short
            new OrderlyStop(config, console, started, sequence).stopAll();
            pidFile.release();
            if (failure != null) {
                console.line("The stack did not start: " + summary + ". Logs: " + config.logs());
            }
            signal.cleanupDone();
        }
        return exitCode;
    }
}
