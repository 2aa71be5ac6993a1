package org.gcm.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The highest resident memory of each service seen while the load phases run, sampled every 200 ms. */
final class MemorySampler implements AutoCloseable {

    private final List<Component> components;
    private final Map<String, Double> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    MemorySampler(List<Component> components) {
        this.components = components;
    }

    MemorySampler start() {
        sampler.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        for (Component component : components) {
            component.residentMib().ifPresent(mib -> peaks.merge(component.name, mib, Math::max));
        }
    }

    Map<String, Double> peaks() {
        Map<String, Double> ordered = new LinkedHashMap<>();
        components.forEach(component -> ordered.put(component.name, peaks.getOrDefault(component.name, Double.NaN)));
        return ordered;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
