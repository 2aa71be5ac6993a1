package org.gcm.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.gcm.infrastructure.keycloak.KeycloakServer;

/** The memory of each process the supervisor started, and its own, for the ready report. */
final class MemorySnapshot {

    private MemorySnapshot() {
    }

    static List<ReadyReport.MemoryRow> of(StartedComponents started) {
        List<ReadyReport.MemoryRow> rows = new ArrayList<>();
        long postgresPid = started.postgresPid();
        if (postgresPid > 0) {
            // PostgreSQL shares its buffers among a dozen processes: their plain RSS sum would count them each time.
            int processes = 1 + ProcessTable.descendants(postgresPid).size();
            rows.add(new ReadyReport.MemoryRow("PostgreSQL", postgresPid, ProcessTable.treePssKiB(postgresPid),
                    "Pss of its " + processes + " processes summed (their RSS sum, "
                            + ProcessTable.treeRssKiB(postgresPid).stream().mapToObj(ProcessTable::mebibytes)
                                    .findFirst().orElse("?")
                            + ", counts the shared buffers once per process)"));
        }
        ChildProcess kafka = started.kafka();
        if (kafka != null) {
            kafka.pid().ifPresent(pid -> rows.add(new ReadyReport.MemoryRow("Kafka", pid, ProcessTable.rssKiB(pid), "")));
        }
        KeycloakServer keycloak = started.keycloak();
        if (keycloak != null) {
            OptionalLong pid = keycloak.pid();
            pid.ifPresent(value -> rows.add(new ReadyReport.MemoryRow("Keycloak", value, ProcessTable.rssKiB(value),
                    "the java process")));
        }
        for (Service service : Service.values()) {
            ChildProcess process = started.service(service);
            if (process != null) {
                process.pid().ifPresent(pid -> rows.add(new ReadyReport.MemoryRow(service.module(), pid,
                        ProcessTable.rssKiB(pid), "")));
            }
        }
        long self = ProcessHandle.current().pid();
        rows.add(new ReadyReport.MemoryRow("supervisor", self, ProcessTable.rssKiB(self), "this process"));
        return rows;
    }
}
