package org.gcm.events.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves committed outbox events to Kafka, oldest first, in transactions of at most one batch: it claims
 * rows, sends them one after the other, and marks them published only once the broker has acknowledged
 * them; the first failure ends the batch, so no event ever overtakes an earlier one. While the broker
 * is away it retries with a growing pause (up to {@code gcm.outbox.max-backoff}); nothing is lost, and an
 * event may at worst be sent twice, which consumers absorb by its id.
 * <p>
 * It runs right after each commit that wrote events, and on a poll for anything left over. Within an
 * instance one run at a time; across instances the row and aggregate locks of {@link OutboxStore#claim}
 * keep two relays from publishing the same event or one aggregate's events out of order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final EventPublisher publisher;
    private final OutboxConfig config;
    private final Executor executor;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final Counter published;
    private final Counter failedAttempts;

    private volatile boolean stopping;
    private volatile Instant nextAttempt = Instant.MIN;
    private volatile int consecutiveFailures;
    private volatile OutboxBacklog backlog = OutboxBacklog.EMPTY;

    OutboxRelay(OutboxStore store, EventPublisher publisher, OutboxConfig config, ManagedExecutor executor,
            MeterRegistry metrics) {
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.executor = executor;
        this.published = metrics.counter("gcm.outbox.published");
        this.failedAttempts = metrics.counter("gcm.outbox.publish.failures");
        Gauge.builder("gcm.outbox.backlog.size", this, relay -> relay.backlog.size())
                .description("Events written but not yet acknowledged by the broker")
                .register(metrics);
        Gauge.builder("gcm.outbox.backlog.oldest.age.seconds", this,
                relay -> relay.backlog.oldestAge(OffsetDateTime.now(ZoneOffset.UTC)).toMillis() / 1000.0)
                .description("How long the oldest waiting event has waited")
                .register(metrics);
    }

    /** Called after a commit that wrote events: publish them now rather than at the next poll. */
    void wake() {
        if (!stopping) {
            executor.execute(this::run);
        }
    }

    /** On shutdown, start no further run: what is left waits in the outbox for the next start. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        running.lock();
        running.unlock();
    }

    @Scheduled(every = "${gcm.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        run();
    }

    /** Publishes everything due; returns at once if another run of this instance is under way. */
    public void run() {
        if (stopping || !running.tryLock()) {
            wakeRequested.set(true);
            return;
        }
        try {
            do {
                wakeRequested.set(false);
                if (Instant.now().isBefore(nextAttempt)) {
                    break;
                }
                publishAll();
            } while (wakeRequested.get());
            backlog = QuarkusTransaction.requiringNew().call(store::backlog);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox relay run failed; the events stay in the outbox and are retried");
        } finally {
            running.unlock();
        }
    }

    private void publishAll() {
        BatchResult result;
        do {
            result = QuarkusTransaction.requiringNew().call(this::publishBatch);
            published.increment(result.published());
            if (result.error() != null) {
                backOff(result.error());
                return;
            }
        } while (result.claimed() == config.batchSize());
        if (consecutiveFailures > 0) {
            LOG.infof("Outbox relay publishes again after %d failed attempt(s)", consecutiveFailures);
            consecutiveFailures = 0;
        }
    }

    private BatchResult publishBatch() {
        List<PendingEvent> batch = store.claim(config.batchSize());
        int confirmed = 0;
        String error = null;
        // One at a time, each acknowledged before the next is sent: were they pipelined, a later event could
        // reach the broker while an earlier one of the same aggregate failed, and overtake it.
        for (PendingEvent event : batch) {
            try {
                publisher.send(event).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                confirmed++;
            } catch (ExecutionException e) {
                error = String.valueOf(e.getCause());
                break;
            } catch (TimeoutException e) {
                error = "no acknowledgement from the broker within " + config.sendTimeout();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
                break;
            }
        }
        // Only what the broker acknowledged counts as published; the rest is claimed again, in order, later.
        store.markPublished(batch.subList(0, confirmed));
        if (error != null) {
            store.recordFailure(batch.get(confirmed), error);
        }
        return new BatchResult(batch.size(), confirmed, error);
    }

    private void backOff(String error) {
        failedAttempts.increment();
        int failures = ++consecutiveFailures;
        long pauseMillis = Math.min(config.maxBackoff().toMillis(),
                config.initialBackoff().toMillis() << Math.min(failures - 1, 20));
        nextAttempt = Instant.now().plusMillis(pauseMillis);
        LOG.warnf("Outbox relay could not publish (%s); attempt %d failed, next in %d ms", error, failures, pauseMillis);
    }

    private record BatchResult(int claimed, int published, String error) {
    }
}
