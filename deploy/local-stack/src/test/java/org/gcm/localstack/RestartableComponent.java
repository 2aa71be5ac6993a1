package org.gcm.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java component of the stack under test (Kafka or a service) that a fault test stops, or kills, and starts
 * again with exactly the command line the supervisor gave it, its output appended to the same log. The
 * supervisor does not restart components; the process started here belongs to the test, which stops it at the
 * end with {@link #stopRestarted()}.
 */
final class RestartableComponent {

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final String component;
    private final List<String> command;
    private final Path log;
    private final Path workingDirectory;
    private ProcessHandle running;
    private Process restarted;

    private RestartableComponent(String component, ProcessTable.Entry entry, Path stackData) {
        this.component = component;
        this.command = entry.arguments();
        this.log = stackData.resolve("logs").resolve(component + ".log");
        this.workingDirectory = workingDirectoryOf(entry.pid());
        this.running = ProcessHandle.of(entry.pid()).orElseThrow();
    }

    /** The running process of {@code component} in the stack whose data is under {@code stackData}. */
    static RestartableComponent find(Path stackData, String component) {
        String data = StackProcesses.DATA_MARKER + stackData;
        String marker = StackProcesses.COMPONENT_MARKER + component;
        return ProcessTable.snapshot().stream()
                .filter(entry -> entry.hasArgument(data) && entry.hasArgument(marker))
                .findFirst()
                .map(entry -> new RestartableComponent(component, entry, stackData))
                .orElseThrow(() -> new AssertionError("no running " + component + " in the stack under " + stackData));
    }

    /** Where the process runs: the supervisor names a service's jar relative to the service's own directory. */
    private static Path workingDirectoryOf(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "cwd"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the working directory of process " + pid, e);
        }
    }

    /** SIGTERM, as an operator's stop: the component shuts down cleanly. */
    void stop() throws InterruptedException {
        running.destroy();
        awaitExit();
    }

    /** SIGKILL, as a crash: no shutdown hook, no clean-up, mid-work. */
    void kill() throws InterruptedException {
        running.destroyForcibly();
        awaitExit();
    }

    void start() throws IOException {
        restarted = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        running = restarted.toHandle();
    }

    /** Stops the process this test started, if any; the supervisor does not know it. */
    void stopRestarted() throws InterruptedException {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy();
            if (!restarted.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                restarted.destroyForcibly();
            }
        }
    }

    private void awaitExit() throws InterruptedException {
        try {
            running.onExit().get(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(component + " did not exit within " + STOP_PATIENCE, e);
        }
    }
}
