package org.gcm.testsupport.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.gcm.testsupport.api.ApiDocument;
import org.gcm.testsupport.api.Baseline;
import org.gcm.testsupport.api.Callers;
import org.gcm.testsupport.api.Calls;
import org.gcm.testsupport.api.HttpCall;
import org.gcm.testsupport.api.Operation;
import org.gcm.testsupport.api.Schemas;
import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.api.WhoMayCall;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The negative suite, driven by the service's own OpenAPI document: for every operation, bad inputs generated from
 * its parameters and body schema (varying the wiring's valid baseline one field at a time), sent as a caller the
 * who-may-call table allows; every answer judged by {@link Judge}, and the database's fingerprint compared around
 * every refusal. A service's test class extends this under {@code @QuarkusTest} and says where its resources are.
 * The report lists operations covered, requests sent, and the findings by class and operation; any finding fails.
 */
public abstract class HostileInputSuite {

    /** The service's database name (as given to {@code PostgresAndKafkaResource}). */
    protected abstract String database();

    /** The callers and the valid call of each operation, on resources made for the suites. */
    protected abstract SuiteResources resources();

    /** The declared table of who may call what, a test resource. */
    protected String whoMayCall() {
        return "who-may-call.tsv";
    }

    /** Tables that change in the background (besides {@link DatabaseFingerprint#BACKGROUND_TABLES}). */
    protected Set<String> backgroundTables() {
        return Set.of();
    }

    @Test
    void everyOperationRefusesHostileInputCleanly() {
        ApiDocument document = ApiDocument.ofRunningService();
        WhoMayCall table = WhoMayCall.read(whoMayCall());
        Callers callers = resources().callers();
        Map<String, Baseline> baselines = resources().baselines();
        Findings findings = new Findings();
        Judge judge = new Judge(findings);
        List<String> withoutBaseline = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        long started = System.nanoTime();
        int sent = 0;
        try (DatabaseFingerprint database = DatabaseFingerprint.of(database(), backgroundTables())) {
            Map<String, String> before = database.settled();
            for (Operation operation : document.operations()) {
                Baseline baseline = baselines.get(operation.operationId());
                if (baseline == null && (operation.takesJson() || !operation.parameters("path").isEmpty())) {
                    withoutBaseline.add(operation.operationId());
                }
                String caller = table.firstCaller(operation.operationId());
                HttpCall call = Calls.baseline(operation, baseline, callers.knows(caller) ? callers.token(caller) : null);
                Map<Integer, Integer> histogram = statuses.computeIfAbsent(operation.toString(), k -> new TreeMap<>());
                for (BadInput input : inputs(document, operation, call, baseline)) {
                    Answer answer = Answer.of(input.call().send());
                    sent++;
                    histogram.merge(answer.status(), 1, Integer::sum);
                    Map<String, String> after = answer.status() < 400 ? database.settled() : database.take();
                    judge.judge(operation, input, answer,
                            answer.status() >= 400 ? DatabaseFingerprint.changed(before, after) : Set.of());
                    before = after;
                }
            }
        }
        StringBuilder report = new StringBuilder("\n=== Hostile input: ").append(document.operations().size())
                .append(" operations covered, ").append(sent).append(" requests sent in ")
                .append((System.nanoTime() - started) / 1_000_000_000).append(" s\n");
        report.append("Operations without a baseline (generated values): ").append(withoutBaseline).append('\n');
        report.append("Answers per operation (status=count):\n");
        statuses.forEach((operation, histogram) -> report.append("  ").append(operation).append(' ').append(histogram)
                .append('\n'));
        report.append(findings.report());
        System.out.println(report);
        assertTrue(findings.isEmpty(), report::toString);
    }

    @Test
    void everyInputDeclaresItsLimits() {
        ApiDocument document = ApiDocument.ofRunningService();
        Findings findings = new Findings();
        DeclaredLimits limits = new DeclaredLimits(document, findings);
        document.operations().forEach(limits::check);
        String report = "\n=== Declared limits of " + document.operations().size() + " operations\n" + findings.report();
        System.out.println(report);
        assertTrue(findings.isEmpty(), report);
    }

    private List<BadInput> inputs(ApiDocument document, Operation operation, HttpCall call, Baseline baseline) {
        List<BadInput> inputs = new ArrayList<>(ParameterMutations.of(operation, call));
        if (operation.takesJson()) {
            JsonNode body = Calls.body(baseline);
            if (body == null) {
                body = new Samples(document.schemas()).of(operation.body(), 0);
            }
            // A body documented as a plain string (an import batch) is raw text: only varied as a whole.
            boolean raw = "string".equals(Schemas.type(operation.body()));
            for (BodyMutations.Variant variant : raw ? List.<BodyMutations.Variant>of()
                    : BodyMutations.of(document.schemas(), operation.body(), body)) {
                inputs.add(new BadInput(variant.what(), variant.field(), variant.certainlyInvalid(),
                        call.withJson(variant.body().toString())));
            }
            inputs.addAll(RawBodies.of(operation, call.withJson(body.toString()), body, maxBodyBytes()));
        }
        // What is certainly refused goes first: an accepted legitimate input may move the resource on.
        inputs.sort(Comparator.comparing(input -> !input.certainlyInvalid()));
        return inputs;
    }

    /** The service's {@code quarkus.http.limits.max-body-size} in bytes. */
    protected long maxBodyBytes() {
        String size = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .orElse("10M").trim().toUpperCase();
        long unit = size.endsWith("K") ? 1L << 10 : size.endsWith("M") ? 1L << 20 : size.endsWith("G") ? 1L << 30 : 1;
        return Long.parseLong(unit == 1 ? size : size.substring(0, size.length() - 1)) * unit;
    }
}
