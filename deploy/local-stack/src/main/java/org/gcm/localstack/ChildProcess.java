package org.gcm.localstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;


/**
 * A Java program the supervisor runs as a child process (the Kafka broker, each service), with stdout and stderr
 * appended to its log file.
 *
 * <p>It runs in a session of its own ({@code setsid}), so that Ctrl-C in the terminal reaches only the supervisor,
 * which then stops the children in order rather than all at once.
 */
final class ChildProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final Path workingDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Process process;
    private long logOffset;

    ChildProcess(String name, List<String> command, Path logFile, Path workingDirectory) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
        this.workingDirectory = workingDirectory;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    /** Starts the program; what it prints from now on is appended to the log, after a line saying when. */
    synchronized void launch() {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "==== " + Instant.now() + " local stack starts " + name + ": "
                    + abbreviatedCommand() + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            logOffset = Files.size(logFile);
            List<String> full = new ArrayList<>();
            if (Files.isExecutable(SETSID)) {
                // Called from a process that is not a group leader, setsid execs the program itself: same pid.
                full.add(SETSID.toString());
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            // Options from the calling shell would silently change every child JVM.
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** Waits until a line starting with {@code prefix} appears in the log (written since the launch), and returns it. */
    String awaitLogLine(String prefix, Duration timeout, BooleanSupplier aborted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = findLogLine(prefix);
            if (line.isPresent()) {
                return line.get();
            }
            checkAlive(aborted);
            sleep();
        }
        throw new StartupFailure(name + " did not print \"" + prefix.strip() + "\" within " + timeout.toSeconds()
                + " s (log: " + logFile + ")\n" + tailSinceLaunch(30));
    }

    /** Waits until {@code url} answers 200. */
    void awaitHttpOk(URI url, Duration timeout, BooleanSupplier aborted) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            checkAlive(aborted);
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                lastAnswer = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("Interrupted while waiting for " + name);
            }
            sleep();
        }
        throw new StartupFailure(name + " was not ready within " + timeout.toSeconds() + " s (" + url + ", last answer: "
                + lastAnswer + "; log: " + logFile + ")\n" + tailSinceLaunch(30));
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized OptionalLong pid() {
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    synchronized Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /** Asks the program to stop (SIGTERM) without waiting; see {@link #awaitStopped()}. */
    synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * Waits for the program to end after {@link #requestStop()}: 30 s, then SIGKILL. Returns how it ended, for the
     * progress line.
     */
    String awaitStopped() {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null) {
            return "not running";
        }
        try {
            if (!running.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                running.waitFor(10, TimeUnit.SECONDS);
                return "killed after " + STOP_GRACE.toSeconds() + " s";
            }
            return "exit code " + running.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
            return "killed (interrupted)";
        }
    }

    private void checkAlive(BooleanSupplier aborted) {
        if (aborted.getAsBoolean()) {
            throw new StartupFailure("start of " + name + " abandoned");
        }
        Process running;
        synchronized (this) {
            running = process;
        }
        if (!running.isAlive()) {
            throw new StartupFailure(name + " exited with code " + running.exitValue() + " while starting (log: "
                    + logFile + ")\n" + tailSinceLaunch(30));
        }
    }

    /** The last lines this launch wrote to the log (earlier runs' lines above the banner are left out). */
    String tailSinceLaunch(int lines) {
        String text = readSinceLaunch(1024 * 1024);
        if (text.isBlank()) {
            return "(" + name + " wrote nothing to " + logFile + ")";
        }
        List<String> all = text.lines().toList();
        List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
        return "last " + tail.size() + " lines of " + logFile + ":\n" + String.join("\n", tail);
    }

    private String readSinceLaunch(int maxBytes) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(logOffset, file.length() - maxBytes);
            if (file.length() <= start) {
                return "";
            }
            file.seek(start);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private Optional<String> findLogLine(String prefix) {
        return readSinceLaunch(8 * 1024 * 1024).lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(String::strip);
    }

    /** The command for the log, with a long class path shortened to its first entry and a count. */
    private String abbreviatedCommand() {
        List<String> shown = new ArrayList<>(command);
        int classPath = shown.indexOf("-cp") + 1;
        if (classPath > 0 && classPath < shown.size()) {
            String[] entries = shown.get(classPath).split(File.pathSeparator);
            if (entries.length > 2) {
                shown.set(classPath, entries[0] + File.pathSeparator + "...(" + entries.length + " entries)");
            }
        }
        return String.join(" ", shown);
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while waiting");
        }
    }
}
