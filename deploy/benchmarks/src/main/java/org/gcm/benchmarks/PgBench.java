package org.gcm.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * pgbench running a custom script against one database of the stack's PostgreSQL: the floor beside which a
 * service's figure is read. Every transaction's latency comes from pgbench's per-transaction log, so the
 * percentiles are computed exactly as for the HTTP side.
 */
final class PgBench {

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("(?<!:):[A-Za-z0-9_]");

    private final Path executable;
    private final int port;
    private final Path workDirectory;

    PgBench(Path executable, int port, Path workDirectory) {
        this.executable = executable;
        this.port = port;
        this.workDirectory = workDirectory;
    }

    /** Runs {@code sql} (one transaction per run of the script) with {@code clients} connections for {@code duration}. */
    Latency run(String database, String sql, int clients, Duration duration, String label)
            throws IOException, InterruptedException {
        Path runDirectory = Files.createDirectories(workDirectory.resolve("pgbench-" + label));
        // Only this run's transaction logs may count: an earlier run's would be read as this one's.
        try (Stream<Path> earlier = Files.list(runDirectory)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        Path script = runDirectory.resolve("script.sql");
        Files.writeString(script, sql);
        List<String> command = List.of(executable.toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", database, "-n", "-M", protocol(sql), "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(2, clients)),
                "-T", String.valueOf(duration.toSeconds()), "-f", script.toString(), "-l", "--log-prefix",
                runDirectory.resolve("transactions").toString(), database);
        ProcessBuilder builder = new ProcessBuilder(command).directory(runDirectory.toFile()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database);
        // The same session settings as the service's connections (the knowledge platform turns JIT off).
        builder.environment().put("PGOPTIONS", "-c jit=off");
        Process pgbench = builder.start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        if (pgbench.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed (" + label + "):\n" + output);
        }
        long failed = output.lines().filter(l -> l.startsWith("number of failed transactions"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("^number of failed transactions: (\\d+).*$", "$1")))
                .findFirst().orElse(0);
        return fromLogs(runDirectory, duration.toSeconds(), failed);
    }

    /**
     * Prepared statements, as the services' drivers use them, unless the SQL holds {@code :name} outside a cast:
     * pgbench would take that for a variable, and only the simple protocol leaves unknown names alone.
     */
    static String protocol(String sql) {
        return VARIABLE.matcher(sql).find() ? "simple" : "prepared";
    }

    /** Each log line: client, transaction number, latency in microseconds, script, epoch seconds, microseconds. */
    static Latency fromLogs(Path runDirectory, double seconds, long failed) throws IOException {
        List<Double> millis = new ArrayList<>();
        try (Stream<Path> logs = Files.list(runDirectory)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("transactions")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length >= 3 && !fields[2].equals("failed") && !fields[2].equals("skipped")) {
                        millis.add(Long.parseLong(fields[2]) / 1000.0);
                    }
                }
            }
        }
        return Latency.ofSamples(millis.stream().mapToDouble(Double::doubleValue).toArray(), seconds, failed);
    }
}
