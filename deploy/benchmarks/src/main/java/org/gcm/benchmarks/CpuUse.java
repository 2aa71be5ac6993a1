package org.gcm.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the machine's cores went during one measurement: the CPU time of each part of the stack (a service,
 * PostgreSQL, Kafka, Keycloak) and of the load tools, from /proc. On two shared cores a throughput is often set
 * by who else needs the CPU, and this shows it: the service's share, the database's share, and what each
 * operation costs in CPU.
 * <p>
 * Only the harness's own process tree counts (the stack's supervisor is its child), and PostgreSQL's, which
 * {@code pg_ctl} detaches and which is known by its data directory. Each live process contributes its own time and
 * that of the children it has reaped, so a wrk run or a PostgreSQL backend that ended during the measurement is
 * still counted, once. The supervisor counts with the harness.
 */
final class CpuUse {

    /** The parts, in the report's column order. */
    static final List<String> PARTS = List.of("connection-hub", "start-up-fund", "knowledge-platform", "gateway",
            "PostgreSQL", "Kafka", "Keycloak", "load tools", "harness");

    private static final String SERVICE_MARKER = "-Dgcm.local-stack.component=";

    private final long ticksPerSecond;
    private final String stackData;

    private CpuUse(long ticksPerSecond, Path stackData) {
        this.ticksPerSecond = ticksPerSecond;
        this.stackData = stackData.toString();
    }

    static CpuUse of(StackUnderTest stack) throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        getconf.waitFor();
        return new CpuUse(ticks.matches("\\d+") ? Long.parseLong(ticks) : 100, stack.data);
    }

    /** The CPU ticks used so far by each part, and when they were read. */
    record Reading(Map<String, Long> ticks, long nanos) {
    }

    /** A measurement's share of the machine: cores used by each part (CPU seconds per second). */
    record Shares(Map<String, Double> cores, double seconds) {

        double total() {
            return cores.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    Reading read() throws IOException {
        Map<Long, ProcessStat> processes = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                ProcessStat.of(entry).ifPresent(stat -> processes.put(stat.pid(), stat));
            }
        }
        long harness = ProcessHandle.current().pid();
        Map<String, Long> ticks = new LinkedHashMap<>();
        PARTS.forEach(part -> ticks.put(part, 0L));
        for (ProcessStat process : processes.values()) {
            if (process.pid() == harness) {
                // The harness's reaped children are the wrk and pgbench runs that have ended.
                ticks.merge("harness", process.own(), Long::sum);
                ticks.merge("load tools", process.reaped(), Long::sum);
                continue;
            }
            String part = partOf(process, processes, harness, stackData);
            if (part != null) {
                ticks.merge(part, process.own() + process.reaped(), Long::sum);
            }
        }
        return new Reading(ticks, System.nanoTime());
    }

    Shares since(Reading before) throws IOException {
        Reading now = read();
        double seconds = (now.nanos() - before.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        now.ticks().forEach((part, ticks) -> cores.put(part,
                Math.max(0, ticks - before.ticks().getOrDefault(part, 0L)) / (double) ticksPerSecond / seconds));
        return new Shares(cores, seconds);
    }

    /**
     * The part a process belongs to: the first of it and its ancestors that names one; null outside the harness's
     * tree and the stack's PostgreSQL.
     */
    private static String partOf(ProcessStat process, Map<Long, ProcessStat> processes, long harness, String stackData) {
        String part = null;
        for (ProcessStat p = process; p != null; p = processes.get(p.parent())) {
            if (part == null) {
                part = name(p);
            }
            if (p.parent() == harness || (p.command().equals("postgres") && p.commandLine().contains(stackData))) {
                return part == null ? "harness" : part;
            }
        }
        return null;
    }

    private static String name(ProcessStat process) {
        String command = process.commandLine();
        int marker = command.indexOf(SERVICE_MARKER);
        if (marker >= 0) {
            return command.substring(marker + SERVICE_MARKER.length()).split("\\s", 2)[0];
        }
        if (command.contains("org.gcm.localstack.LocalStack")) {
            return "harness";
        }
        if (process.command().equals("postgres")) {
            return "PostgreSQL";
        }
        if (command.contains("KafkaBrokerMain")) {
            return "Kafka";
        }
        if (command.contains("keycloak")) {
            return "Keycloak";
        }
        if (List.of("wrk", "pgbench", "nginx").contains(process.command())) {
            return "load tools";
        }
        return null;
    }

    /** The fields of /proc/PID/stat and the command line that the accounting needs. */
    private record ProcessStat(long pid, long parent, String command, String commandLine, long own, long reaped) {

        static Optional<ProcessStat> of(Path proc) {
            try {
                String stat = Files.readString(proc.resolve("stat"));
                // The command name is in parentheses and may hold spaces; the numbered fields follow the last ')'.
                String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                String commandLine = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                        .replace('\0', ' ');
                // After the state (index 0): ppid is 1; utime, stime, cutime, cstime are 11 to 14.
                return Optional.of(new ProcessStat(Long.parseLong(proc.getFileName().toString()),
                        Long.parseLong(fields[1]), command, commandLine,
                        Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                        Long.parseLong(fields[13]) + Long.parseLong(fields[14])));
            } catch (IOException | RuntimeException gone) {
                // the process ended while the table was read
                return Optional.empty();
            }
        }
    }
}
