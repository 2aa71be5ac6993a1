package org.gcm.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Runs the project's OpenAPI linters over a document, with the machine's Node.js: Redocly CLI (rules in
 * {@code deploy/openapi-lint/redocly.yaml}) for every service's document, and Spectral with its OpenAPI rules and the
 * OWASP API Security ruleset (rules in {@code spectral.yaml}) for the gateway's merged one. Both are pinned in
 * {@code deploy/openapi-lint/package.json} and installed once per checkout with {@code npm ci}, from the npm registry.
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

    /** Lints {@code document} (YAML or JSON) with Redocly, written to {@code workDirectory} first. */
    public static Result lint(String document, Path workDirectory) {
        return runOn(document, workDirectory.resolve("openapi.yaml"), (lintDirectory, file) -> List.of(
                lintDirectory.resolve("node_modules/.bin/redocly").toString(), "lint",
                "--config", lintDirectory.resolve("redocly.yaml").toString(), "--format", "stylish", file.toString()));
    }

    /**
     * Lints {@code document} with Spectral ({@code spectral:oas} and OWASP, as {@code spectral.yaml} adjusts them):
     * it passes without errors; warnings are in the report.
     */
    public static Result spectral(String document, Path workDirectory) {
        return runOn(document, workDirectory.resolve("openapi.json"), (lintDirectory, file) -> List.of(
                lintDirectory.resolve("node_modules/.bin/spectral").toString(), "lint",
                "--ruleset", lintDirectory.resolve("spectral.yaml").toString(), "--format", "stylish",
                "--fail-severity", "error", file.toString()));
    }

    /** Writes the document to {@code file} and runs the command made for it, from {@code deploy/openapi-lint}. */
    private static Result runOn(String document, Path file, BiFunction<Path, Path, List<String>> command) {
        try {
            Path lintDirectory = lintDirectory();
            installOnce(lintDirectory);
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Files.writeString(absolute, document, StandardCharsets.UTF_8);
            return run(lintDirectory, command.apply(lintDirectory, absolute));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the OpenAPI linter", e);
        }
    }

    private static synchronized void installOnce(Path lintDirectory) throws IOException {
        if (Files.isExecutable(lintDirectory.resolve("node_modules/.bin/redocly"))
                && Files.isExecutable(lintDirectory.resolve("node_modules/.bin/spectral"))) {
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
