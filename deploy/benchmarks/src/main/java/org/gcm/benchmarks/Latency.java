package org.gcm.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one load run measured: how many operations completed in how long, how many failed, and the latency
 * percentiles in milliseconds (never the mean: a mean hides the tail that users feel).
 */
record Latency(long operations, double seconds, long errors, double p50, double p95, double p99, double max) {

    double ratePerSecond() {
        return seconds <= 0 ? 0 : operations / seconds;
    }

    /** From individual samples in milliseconds (nearest-rank percentiles). */
    static Latency ofSamples(double[] millis, double seconds, long errors) {
        if (millis.length == 0) {
            return new Latency(0, seconds, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, seconds, errors, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
    static double rank(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String summary() {
        return String.format(Locale.ROOT, "%,.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d ops, %d errors)",
                ratePerSecond(), p50, p95, p99, operations, errors);
    }
}
