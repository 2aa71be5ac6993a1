package org.gcm.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service process of the stack under test, found by the markers the supervisor puts on its command line. The
 * harness restarts it with the same command line to time its start, and reads its resident memory from /proc.
 */
final class Component {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    final String name;
    private final List<String> command;
    private final Path workingDirectory;
    private final Path log;
    private ProcessHandle process;
    private Process restarted;

    private Component(String name, ProcessHandle process, List<String> command, Path workingDirectory, Path log) {
        this.name = name;
        this.process = process;
        this.command = command;
        this.workingDirectory = workingDirectory;
        this.log = log;
    }

    static Component find(StackUnderTest stack, String name) throws IOException {
        String data = "-Dgcm.local-stack.data=" + stack.data;
        String marker = "-Dgcm.local-stack.component=" + name;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path proc : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                List<String> arguments = commandLine(proc);
                if (arguments.contains(data) && arguments.contains(marker)) {
                    ProcessHandle handle = ProcessHandle.of(Long.parseLong(proc.getFileName().toString())).orElseThrow();
                    // Restarted where the supervisor started it: the command line names its jar relative to there.
                    Path workingDirectory = Files.readSymbolicLink(proc.resolve("cwd"));
                    return new Component(name, handle, arguments, workingDirectory, stack.componentLog(name));
                }
            }
        }
        throw new IllegalStateException("No running " + name + " in the stack under " + stack.data);
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory now, in MiB; empty when the process is gone. */
    Optional<Double> residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException gone) {
            // the process ended between two samples
        }
        return Optional.empty();
    }

    /**
     * Stops the process (SIGTERM), starts it again with the same command line and answers the seconds from that
     * start to its first 200 on {@code readyUrl}: the time a restarted service keeps its callers waiting.
     */
    double restartAndTimeReady(String readyUrl) throws IOException, InterruptedException {
        process.destroy();
        try {
            process.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(name + " did not stop within " + PATIENCE, e);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(readyUrl)).timeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        restarted = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process = restarted.toHandle();
        long deadline = started + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!restarted.isAlive()) {
                throw new IllegalStateException(name + " exited during its restart; see " + log);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " was not ready within " + PATIENCE + " of its restart");
    }

    /** Stops a process the harness restarted itself: the supervisor does not know it. */
    void stopRestarted() throws InterruptedException {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy();
            if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                restarted.destroyForcibly();
            }
        }
    }

    private static List<String> commandLine(Path proc) {
        try {
            String raw = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
            return Arrays.asList(raw.split("\0"));
        } catch (IOException gone) {
            return List.of();
        }
    }
}
