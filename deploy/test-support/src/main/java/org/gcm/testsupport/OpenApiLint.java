package org.gcm.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's OpenAPI linter (Redocly CLI, pinned in {@code deploy/openapi-lint/package.json}, rules in
 * its {@code redocly.yaml}) over a document, with the machine's Node.js. The linter is installed once per
 * checkout with {@code npm ci}, from the npm registry.
 */
public final class OpenApiLint {

    /** What the linter said: its exit code and its report. */
    public record Result(int exitCode, String report) {

        public boolean passed() {
            return exitCode == 0;
        }
    }

    private static final long TIMEOUT_MINUTES = 5;

    private OpenApiLint() {
    }

    /** Lints {@code document} (YAML or JSON), written to {@code workDirectory} first. */
    public static Result lint(String document, Path workDirectory) {
        try {
            Path lintDirectory = lintDirectory();
            installOnce(lintDirectory);
            Files.createDirectories(workDirectory);
            Path file = workDirectory.resolve("openapi.yaml").toAbsolutePath();
            Files.writeString(file, document, StandardCharsets.UTF_8);
            return run(lintDirectory, List.of(lintDirectory.resolve("node_modules/.bin/redocly").toString(), "lint",
                    "--config", lintDirectory.resolve("redocly.yaml").toString(), "--format", "stylish",
                    file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the OpenAPI linter", e);
        }
    }

    private static synchronized void installOnce(Path lintDirectory) throws IOException {
        if (Files.isExecutable(lintDirectory.resolve("node_modules/.bin/redocly"))) {
            return;
        }
        Result install = run(lintDirectory, List.of("npm", "ci", "--no-audit", "--no-fund"));
        if (!install.passed()) {
            throw new IllegalStateException("npm ci in " + lintDirectory + " failed:\n" + install.report());
        }
    }

    private static Result run(Path directory, List<String> command) throws IOException {
        List<String> full = new ArrayList<>(command);
        Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " ran past " + TIMEOUT_MINUTES + " min");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /** {@code deploy/openapi-lint} of this checkout, found from the module the tests run in. */
    private static Path lintDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/openapi-lint");
            if (Files.exists(candidate.resolve("package.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No deploy/openapi-lint above " + Path.of("").toAbsolutePath());
    }
}
