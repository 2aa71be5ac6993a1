package org.gcm.localstack;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** What {@code up} prints once everything is ready: where things are, how to get in, memory, how to stop. */
final class ReadyReport {

    /** One process's resident memory; {@code note} says what the figure covers. */
    record MemoryRow(String component, long pid, OptionalLong rssKiB, String note) {
    }

    private static final String RULE = "-".repeat(100);

    private ReadyReport() {
    }

    static void print(StackConfig config, Console console, List<MemoryRow> memory) {
        String gateway = config.serviceUrl(Service.GATEWAY);
        String tokenUrl = config.issuerUrl() + "/protocol/openid-connect/token";
        console.line(RULE);
        console.line(String.format(Locale.ROOT, "GCM local stack is ready (%.1f s after the command)",
                console.elapsedSeconds()));
        console.blank();
        row(console, "Gateway (all APIs)", gateway, "/api/hub, /api/fund, /api/knowledge");
        row(console, "Swagger UI", gateway + "/q/swagger-ui", "the gateway's; OpenAPI of each service through it: "
                + gateway + "/api/hub/q/openapi (also /api/fund, /api/knowledge)");
        for (Service service : Service.values()) {
            if (!service.isGateway()) {
                row(console, service.module(), config.serviceUrl(service), "through the gateway " + gateway
                        + service.gatewayPrefix() + "; Swagger UI " + config.serviceUrl(service) + "/q/swagger-ui");
            }
        }
        row(console, "Keycloak", config.keycloakUrl() + "/admin", "admin console, login " + config.keycloakAdminUser()
                + " / " + config.keycloakAdminPassword() + "; realm " + StackConfig.REALM + ", issuer "
                + config.issuerUrl());
        row(console, "PostgreSQL", "127.0.0.1:" + config.ports().postgres(),
                "databases connection_hub, start_up_fund, knowledge_platform (role and password = database name)");
        row(console, "Kafka", config.kafkaBootstrap(), "bootstrap servers");
        console.blank();
        console.line("Tokens: demo identities, every password is \"demo\"; access tokens live 15 minutes.");
        console.line("  TOKEN_URL=" + tokenUrl);
        console.line("  A person, password grant through the gcm-cli client; pick the user of the role you need:");
        role(console, "member-state", "ms-mexico (country MEX), ms-philippines (country PHL)");
        role(console, "secretariat", "secretariat-officer");
        role(console, "partner", "partner-iom, partner-undp, partner-ilo (partner_id PRT-IOM, PRT-UNDP, PRT-ILO)");
        role(console, "fund-manager", "fund-manager");
        role(console, "steering-committee", "steering-member");
        role(console, "editor", "editor");
        role(console, "reviewer", "reviewer-un (UN), reviewer-external-1, -2, -3 (external)");
        role(console, "donor", "donor-user (contributor_id CTR-DEMO-001)");
        role(console, "any signed-in user", "citizen");
        console.line("    TOKEN=$(curl -s -d grant_type=password -d client_id=gcm-cli -d username=ms-mexico -d password=demo"
                + " $TOKEN_URL | jq -r .access_token)");
        console.line("  The machine donor (client donor-portal-demo, role donor, contributor_id CTR-DEMO-001),"
                + " client credentials:");
        console.line("    TOKEN=$(curl -s -u donor-portal-demo:donor-portal-demo-secret -d grant_type=client_credentials"
                + " $TOKEN_URL | jq -r .access_token)");
        console.line("  Then: curl -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/hub/me");
        console.blank();
        console.line("Memory (VmRSS now):");
        long total = 0;
        for (MemoryRow row : memory) {
            long kib = row.rssKiB().orElse(0);
            total += kib;
            console.line(String.format(Locale.ROOT, "  %-20s pid %-8d %8s  %s", row.component(), row.pid(),
                    row.rssKiB().isPresent() ? ProcessTable.mebibytes(kib) : "?", row.note()));
        }
        console.line(String.format(Locale.ROOT, "  %-20s %-12s %8s", "total", "", ProcessTable.mebibytes(total)));
        console.blank();
        console.line("Logs:  " + config.logs() + "/<component>.log");
        console.line("Data:  " + config.dataDirectory() + " (kept across restarts; deploy/stack reset deletes it)");
        console.line("Stop:  Ctrl-C here, or deploy/stack stop from another terminal. Health: deploy/stack status");
        console.line(RULE);
        console.line(String.format(Locale.ROOT, "READY in %.1f s", console.elapsedSeconds()));
    }

    private static void row(Console console, String name, String address, String note) {
        console.line(String.format(Locale.ROOT, "  %-20s %-34s %s", name, address, note));
    }

    private static void role(Console console, String role, String users) {
        console.line(String.format(Locale.ROOT, "    %-20s %s", role, users));
    }
}
