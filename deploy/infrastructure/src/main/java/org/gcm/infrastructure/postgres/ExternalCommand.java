package org.gcm.infrastructure.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short-lived program ({@code initdb}, {@code pg_ctl}, {@code chown}, {@code id}) to completion and hands
 * back its exit code and everything it printed.
 *
 * <p>Output goes to a temporary file rather than a pipe: {@code pg_ctl start} leaves a server running in the
 * background, and a pipe that a background process inherits would never reach end-of-file.
 */
final class ExternalCommand {

    /** Exit code and combined stdout/stderr of a finished program. */
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ExternalCommand() {
    }

    /** Runs {@code command} in the root directory (every account may enter it) and waits at most {@code timeout}. */
    static Result run(List<String> command, Duration timeout) {
        Path output = null;
        try {
            output = Files.createTempFile("gcm-command-", ".out");
            Process process = new ProcessBuilder(command)
                    .directory(Path.of("/").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("'" + String.join(" ", command) + "' did not finish within "
                        + timeout.toSeconds() + " s; it was killed. Output so far:\n" + read(output));
            }
            return new Result(process.exitValue(), read(output));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run '" + String.join(" ", command) + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for '" + String.join(" ", command) + "'", e);
        } finally {
            deleteQuietly(output);
        }
    }

    /** Like {@link #run}, but a non-zero exit code is an error whose message carries the program's output. */
    static String runOrThrow(List<String> command, Duration timeout) {
        Result result = run(command, timeout);
        if (!result.succeeded()) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed with exit code "
                    + result.exitCode() + ":\n" + result.output().strip());
        }
        return result.output();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the command's own outcome is what the caller needs.
        }
    }
}
