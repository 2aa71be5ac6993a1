package org.gcm.testsupport.roles;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gcm.testsupport.api.ApiDocument;
import org.gcm.testsupport.api.Baseline;
import org.gcm.testsupport.api.Callers;
import org.gcm.testsupport.api.Calls;
import org.gcm.testsupport.api.Operation;
import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.api.WhoMayCall;
import org.gcm.testsupport.hostile.Findings;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The role-boundary suite: every operation of the service's OpenAPI document called as anonymous, as a signed-in
 * user with no role and as each realm role, compared with the declared who-may-call table (401 for anonymous where a
 * token is needed, 403 for a role not allowed, neither for an allowed one); the table and the document list the
 * same operations (and the same roles where the document declares them); and the wiring's cross-tenant attempts on
 * real resources are refused. A service's test class extends this under {@code @QuarkusTest}.
 */
public abstract class RoleBoundarySuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The callers and the valid call of each operation, on resources made for the suites. */
    protected abstract SuiteResources resources();

    /** Another country's, partner's or contributor's resources reached for. */
    protected abstract List<CrossTenantAttempt> crossTenantAttempts();

    protected String whoMayCall() {
        return "who-may-call.tsv";
    }

    @Test
    void theTableAndTheDocumentListTheSameOperations() {
        ApiDocument document = ApiDocument.ofRunningService();
        WhoMayCall table = WhoMayCall.read(whoMayCall());
        Set<String> inDocument = new TreeSet<>();
        document.operations().forEach(o -> inDocument.add(o.operationId()));
        Set<String> notInTable = new TreeSet<>(inDocument);
        notInTable.removeAll(table.operationIds());
        Set<String> notInDocument = new TreeSet<>(table.operationIds());
        notInDocument.removeAll(inDocument);
        assertTrue(notInTable.isEmpty() && notInDocument.isEmpty(), () -> "Operations of the document missing from "
                + whoMayCall() + ": " + notInTable + "; lines of the table the document does not have: " + notInDocument);
    }

    @Test
    void theTableAgreesWithTheDocumentsSecurity() {
        ApiDocument document = ApiDocument.ofRunningService();
        WhoMayCall table = WhoMayCall.read(whoMayCall());
        Findings findings = new Findings();
        for (Operation operation : document.operations()) {
            Set<String> declared = table.declared(operation.operationId());
            if (declared.isEmpty()) {
                continue;
            }
            boolean open = declared.contains(Callers.ANONYMOUS);
            if (open == operation.secured()) {
                findings.add(Findings.TABLE_MISMATCH, operation.operationId(), "table says " + declared
                        + ", the document " + (operation.secured() ? "requires a token" : "requires none"));
            }
            Set<String> roles = new LinkedHashSet<>(declared);
            roles.remove(Callers.ANONYMOUS);
            roles.remove(Callers.SIGNED_IN);
            if (!operation.declaredRoles().isEmpty() && !new TreeSet<>(operation.declaredRoles()).equals(new TreeSet<>(roles))) {
                findings.add(Findings.TABLE_MISMATCH, operation.operationId(), "table roles " + new TreeSet<>(roles)
                        + ", the document's " + new TreeSet<>(operation.declaredRoles()));
            }
        }
        String report = "\n=== Who may call: table against the document\n" + findings.report();
        System.out.println(report);
        assertTrue(findings.isEmpty(), report);
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        ApiDocument document = ApiDocument.ofRunningService();
        WhoMayCall table = WhoMayCall.read(whoMayCall());
        Callers callers = resources().callers();
        Map<String, Baseline> baselines = resources().baselines();
        Findings findings = new Findings();
        int calls = 0;
        for (Operation operation : document.operations()) {
            String id = operation.operationId();
            // Refusals first: an allowed call may move the resource on, which must not matter to the others.
            List<String> order = new ArrayList<>();
            callers.names().forEach(c -> { if (!table.allows(id, c)) { order.add(c); } });
            callers.names().forEach(c -> { if (table.allows(id, c)) { order.add(c); } });
            for (String caller : order) {
                Response response = Calls.baseline(operation, baselines.get(id), callers.token(caller)).send();
                calls++;
                int status = response.getStatusCode();
                String example = caller + " -> " + operation + ": " + status;
                if (table.allows(id, caller)) {
                    boolean notTheOwner = status == 403 && table.mayBeRefusedAsNotTheOwner(id, caller);
                    if (status == 401 || status == 403 && !notTheOwner) {
                        findings.add(Findings.ROLE_BREAK, id, "allowed but refused: " + example);
                    }
                } else if (Callers.ANONYMOUS.equals(caller) ? status != 401 : status != 403) {
                    findings.add(Findings.ROLE_BREAK, id, "expected " + (Callers.ANONYMOUS.equals(caller) ? 401 : 403)
                            + ": " + example);
                }
                if (status >= 500) {
                    findings.add(Findings.SERVER_ERROR, id, example);
                }
            }
        }
        String report = "\n=== Role boundaries: " + document.operations().size() + " operations, " + calls + " calls\n"
                + findings.report();
        System.out.println(report);
        assertTrue(findings.isEmpty(), report);
    }

    @Test
    void anotherTenantsResourcesAreRefused() {
        Findings findings = new Findings();
        List<CrossTenantAttempt> attempts = crossTenantAttempts();
        for (CrossTenantAttempt attempt : attempts) {
            RequestSpecification request = given().auth().oauth2(attempt.token());
            if (attempt.body() != null) {
                request.contentType("application/json").body(attempt.body() instanceof String text ? text
                        : JSON.valueToTree(attempt.body()).toString());
            }
            Response response = request.when().request(attempt.method(), attempt.path());
            int status = response.getStatusCode();
            String example = attempt.description() + ": " + attempt.method() + " " + attempt.path() + " -> " + status;
            if (attempt.secret() == null ? status != 403 && status != 404
                    : status < 400 && response.asString().contains(attempt.secret())) {
                findings.add(Findings.CROSS_TENANT, attempt.description(), example);
            }
        }
        String report = "\n=== Cross-tenant attempts: " + attempts.size() + " made\n" + findings.report();
        System.out.println(report);
        assertTrue(!attempts.isEmpty() && findings.isEmpty(), report);
    }
}
