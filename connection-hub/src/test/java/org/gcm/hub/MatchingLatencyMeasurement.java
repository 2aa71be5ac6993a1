package org.gcm.hub;

import static io.restassured.RestAssured.given;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.service.matching.PartnerGenerator;
import org.gcm.hub.service.matching.PartnerMatcher;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Measures the ranking at 10,000 partners; not a test of the build (nothing is asserted): run it with
 * {@code ./mvnw -q -pl connection-hub verify -Dtest=MatchingLatencyMeasurement -Dmeasure.matching=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the figures it prints.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure.matching", matches = "true")
class MatchingLatencyMeasurement {

    private static final int PARTNERS = 10_000;
    private static final int RUNS = 500;

    @Inject
    PartnerGenerator generator;

    @Inject
    PartnerMatcher matcher;

    @Inject
    CountryRequestRepository requests;

    @Test
    void measureTheRankingOf10000Partners() {
        long start = System.nanoTime();
        generator.generate(PARTNERS, 43);
        System.out.printf("Generated %d partners in %d ms%n", PARTNERS, (System.nanoTime() - start) / 1_000_000);
        String id = Hub.accepted("KEN");
        CountryRequest request = requests.findById(UUID.fromString(id));

        start = System.nanoTime();
        matcher.rank(request, matcher.defaultWeights(), false, 20, 0);
        System.out.printf("First ranking (reads the registry snapshot): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        // Wall-clock time, and the thread's CPU time: on a shared, overloaded machine the first includes waiting
        // for a core, the second is the work of the ranking itself.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] inProcess = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS + 100; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            matcher.rank(request, matcher.defaultWeights(), false, 20, 0);
            if (i >= 100) {
                inProcess[i - 100] = System.nanoTime() - t;
                cpu[i - 100] = threads.getCurrentThreadCpuTime() - c;
            }
        }
        report("ranking in process (PartnerMatcher.rank, top 20 of ~9,000 verified), wall clock", inProcess);
        report("ranking in process, CPU time of the ranking thread", cpu);

        String token = Tokens.secretariat();
        long[] overHttp = new long[RUNS];
        for (int i = 0; i < RUNS + 100; i++) {
            long t = System.nanoTime();
            given().auth().oauth2(token).when().get("/requests/" + id + "/partner-matches").then().statusCode(200);
            if (i >= 100) {
                overHttp[i - 100] = System.nanoTime() - t;
            }
        }
        report("GET /requests/{id}/partner-matches over HTTP (token check, JSON, top 20)", overHttp);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s (load average %.1f on %d cores): %d runs, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1] / 1e6;
    }
}
