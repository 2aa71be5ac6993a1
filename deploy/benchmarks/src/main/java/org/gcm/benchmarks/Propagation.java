package org.gcm.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event propagation from the hub's commit of FundingRequested to the fund's application being visible: the clock
 * starts when {@code request-funding} answers (the hub has committed the request and its outbox row) and stops when
 * a reader of the fund's database first sees the application, polling every 5 ms. Both ends are on one clock.
 */
final class Propagation {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Propagation() {
    }

    static Latency measure(HubRequests hub, List<String> requestIds, Database database, Duration pace) throws Exception {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        Map<String, Double> millis = new ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> watch(database, committedAt, millis, requestIds.size()), "application-watcher");
        watcher.setDaemon(true);
        watcher.start();
        long started = System.nanoTime();
        for (String id : requestIds) {
            hub.requestFunding(id);
            committedAt.put(id, System.nanoTime());
            Thread.sleep(pace.toMillis());
        }
        watcher.join(PATIENCE.toMillis());
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] samples = millis.values().stream().mapToDouble(Double::doubleValue).toArray();
        return Latency.ofSamples(samples, seconds, requestIds.size() - samples.length);
    }

    private static void watch(Database database, Map<String, Long> committedAt, Map<String, Double> millis, int expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos() * 2;
        try (Connection fund = database.of("start_up_fund");
                PreparedStatement visible = fund.prepareStatement("select request_id from seed_grant where request_id = any (?)")) {
            while (millis.size() < expected && System.nanoTime() < deadline) {
                List<String> waiting = committedAt.keySet().stream().filter(id -> !millis.containsKey(id)).toList();
                if (!waiting.isEmpty()) {
                    visible.setArray(1, fund.createArrayOf("varchar", waiting.toArray()));
                    try (ResultSet rows = visible.executeQuery()) {
                        long seenAt = System.nanoTime();
                        while (rows.next()) {
                            String id = rows.getString(1);
                            millis.put(id, (seenAt - committedAt.get(id)) / 1e6);
                        }
                    }
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot watch the fund's applications", e);
        }
    }
}
