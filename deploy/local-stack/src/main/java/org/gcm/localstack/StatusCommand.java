package org.gcm.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** {@code status}: whether the stack runs, and each component's health, process and memory. */
final class StatusCommand {

    static final int NOT_RUNNING = 3;

    private StatusCommand() {
    }

    static int run(StackConfig config, Console console) {
        OptionalLong supervisor = PidFile.runningSupervisor(config.pidFile());
        List<StackProcesses.Found> processes = StackProcesses.find(config);
        OptionalLong postgresPid = postmasterPid(config.postgresData());
        if (supervisor.isPresent()) {
            console.line("GCM local stack: running (supervisor pid " + supervisor.getAsLong() + ", "
                    + PidFile.startedLine(config.pidFile()) + ", RSS "
                    + ProcessTable.rssKiB(supervisor.getAsLong()).stream().mapToObj(ProcessTable::mebibytes)
                            .findFirst().orElse("?") + ")");
        } else if (processes.isEmpty() && postgresPid.isEmpty()) {
            console.line("GCM local stack: not running (start it with deploy/stack up)");
            return NOT_RUNNING;
        } else {
            console.line("GCM local stack: no supervisor runs, but some of its processes do (deploy/stack stop ends"
                    + " them)");
        }
        console.line(String.format(Locale.ROOT, "  %-20s %-50s %-14s %-8s %s", "component", "checked at", "health",
                "pid", "RSS"));
        boolean allUp = true;
        StackConfig.StackPorts ports = config.ports();
        allUp &= row(console, "PostgreSQL", config.jdbcUrl("connection_hub"),
                Probes.postgres(config.jdbcUrl("connection_hub"), "connection_hub", "connection_hub"),
                postgresPid, postgresPid.isPresent() ? ProcessTable.treePssKiB(postgresPid.getAsLong()) : OptionalLong.empty());
        allUp &= row(console, "Kafka", "tcp " + config.kafkaBootstrap(), Probes.tcp(ports.kafka()),
                pidOf(processes, StackProcesses.KAFKA));
        String keycloakHealth = "http://127.0.0.1:" + ports.keycloakManagement() + "/health/ready";
        OptionalLong keycloakPid = StackProcesses.keycloakJava(processes)
                .map(found -> OptionalLong.of(found.process().pid())).orElse(OptionalLong.empty());
        allUp &= row(console, "Keycloak", keycloakHealth, Probes.http(keycloakHealth), keycloakPid);
        for (Service service : Service.values()) {
            String health = config.serviceUrl(service) + "/q/health/ready";
            allUp &= row(console, service.module(), health, Probes.http(health), pidOf(processes, service.module()));
        }
        console.line("  (PostgreSQL: Pss summed over the postmaster and its backends; others: VmRSS of the Java process)");
        if (supervisor.isEmpty()) {
            return 1;
        }
        return allUp ? 0 : 1;
    }

    private static boolean row(Console console, String name, String where, String health, OptionalLong pid) {
        return row(console, name, where, health, pid,
                pid.isPresent() ? ProcessTable.rssKiB(pid.getAsLong()) : OptionalLong.empty());
    }

    private static boolean row(Console console, String name, String where, String health, OptionalLong pid,
            OptionalLong rss) {
        console.line(String.format(Locale.ROOT, "  %-20s %-50s %-14s %-8s %s", name, where, health,
                pid.isPresent() ? Long.toString(pid.getAsLong()) : "-",
                rss.isPresent() ? ProcessTable.mebibytes(rss.getAsLong()) : "-"));
        return health.equals("UP");
    }

    private static OptionalLong pidOf(List<StackProcesses.Found> processes, String component) {
        return processes.stream().filter(found -> found.component().equals(component))
                .mapToLong(found -> found.process().pid()).findFirst();
    }

    /** The first line of {@code postmaster.pid}, when that process is alive. */
    static OptionalLong postmasterPid(Path dataDirectory) {
        try {
            Path file = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid)
                    : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
