package org.gcm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the harness reads what wrk, pgbench and PostgreSQL print: the figures of the report come from here. */
class ReadingsTest {

    @Test
    void percentilesAreNearestRank() {
        double[] samples = new double[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i; // 100 .. 1, unsorted on purpose
        }
        Latency latency = Latency.ofSamples(samples, 10, 2);
        assertEquals(50, latency.p50());
        assertEquals(95, latency.p95());
        assertEquals(99, latency.p99());
        assertEquals(100, latency.max());
        assertEquals(10.0, latency.ratePerSecond());
        assertEquals(2, latency.errors());
    }

    @Test
    void wrkFiguresComeFromTheScriptsLine() throws Exception {
        String output = """
                Running 5s test @ http://127.0.0.1:1/x
                  2 threads and 8 connections
                WRK_JSON {"requests":1000,"duration_us":5000000,"errors_connect":0,"errors_read":1,"errors_write":0,\
                "errors_status":3,"errors_timeout":0,"p50_us":1500,"p95_us":4000,"p99_us":9000,"max_us":12000}
                """;
        Latency latency = Wrk.parse(output, "http://127.0.0.1:1/x");
        assertEquals(200.0, latency.ratePerSecond());
        assertEquals(4, latency.errors());
        assertEquals(1.5, latency.p50());
        assertEquals(9.0, latency.p99());
        assertThrows(IllegalStateException.class, () -> Wrk.parse("Running 5s test\n", "u"));
    }

    @Test
    void pgbenchLatenciesComeFromEachTransactionLogAndSkipFailures(@TempDir Path run) throws Exception {
        Files.writeString(run.resolve("transactions.1234"), "0 0 1000 0 1700000000 1\n0 1 3000 0 1700000000 2\n");
        Files.writeString(run.resolve("transactions.1234.1"), "1 0 2000 0 1700000000 3\n1 1 failed 0 1700000000 4\n");
        Files.writeString(run.resolve("script.sql"), "select 1;\n");
        Latency latency = PgBench.fromLogs(run, 2, 1);
        assertEquals(3, latency.operations());
        assertEquals(2.0, latency.p50());
        assertEquals(3.0, latency.max());
        assertEquals(1, latency.errors());
    }

    @Test
    void theCapturedStatementIsTheLastMatchingOneWithItsParametersWrittenIn() {
        List<String> log = List.of(
                "2026-11-22 20:00:00.000 UTC [10] LOG:  duration: 0.1 ms  execute <unnamed>: select 1",
                "2026-11-22 20:00:01.000 UTC [11] LOG:  duration: 9.0 ms  execute S_1: with q as materialized (select $1::text",
                "  as words, $2 as objective, $10 as tenth)",
                "2026-11-22 20:00:01.000 UTC [11] DETAIL:  parameters: $1 = 'migrant workers', $2 = '6', $10 = 'it''s'",
                "2026-11-22 20:00:02.000 UTC [12] LOG:  duration: 0.1 ms  execute <unnamed>: commit");
        assertEquals("with q as materialized (select 'migrant workers'::text\n  as words, '6' as objective, 'it''s' as tenth)",
                CapturedStatement.lastStatement(log, "with q as materialized"));
        assertThrows(IllegalStateException.class, () -> CapturedStatement.lastStatement(log, "no such statement"));
    }

    @Test
    void pgbenchGetsPreparedStatementsUnlessTheSqlHoldsWhatItWouldTakeForAVariable() {
        assertEquals("prepared", PgBench.protocol("select 'x'::text, now()::date"));
        assertEquals("simple", PgBench.protocol("select '2026-11-22T21:09:38'"));
    }
}
