package org.gcm.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** {@code reset}: deletes stack-data/ (refused while anything of the stack runs), saying what goes first. */
final class ResetCommand {

    private static final Map<String, String> WHAT = Map.of(
            "postgres", "the PostgreSQL cluster: databases connection_hub, start_up_fund, knowledge_platform",
            "kafka", "the Kafka broker's topics and records",
            "keycloak", "the unpacked Keycloak and its H2 database: realm gcm as imported and changed since, users,"
                    + " sessions",
            "logs", "the logs of every component",
            "postgres-binaries", "unpacked embedded PostgreSQL binaries (used when none is installed)",
            "stack.pid", "a stale lock file");

    private ResetCommand() {
    }

    static int run(StackConfig config, Console console) {
        Path data = config.dataDirectory();
        OptionalLong supervisor = PidFile.runningSupervisor(config.pidFile());
        if (supervisor.isPresent()) {
            throw new Refusal("The local stack is running (supervisor pid " + supervisor.getAsLong()
                    + "); stop it first with: deploy/stack stop");
        }
        if (!StackProcesses.find(config).isEmpty() || StatusCommand.postmasterPid(config.postgresData()).isPresent()) {
            throw new Refusal("Processes of the stack still run without a supervisor; end them first with:"
                    + " deploy/stack stop");
        }
        if (!Files.exists(data)) {
            console.line("Nothing to reset: " + data + " does not exist.");
            return 0;
        }
        console.line("Deleting " + data + ":");
        try (Stream<Path> entries = Files.list(data)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                console.line(String.format(Locale.ROOT, "  %-20s %9s  %s", name + (Files.isDirectory(entry) ? "/" : ""),
                        humanSize(size(entry)), WHAT.getOrDefault(name, "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delete(data);
        console.line("Deleted. The next deploy/stack up starts from scratch: new PostgreSQL cluster and Kafka storage,"
                + " Keycloak unpacked again and realm gcm imported from deploy/keycloak/gcm-realm.json.");
        return 0;
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KiB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.ROOT, "%d MiB", Math.round(bytes / (1024.0 * 1024)));
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root + " completely", e);
        }
    }
}
