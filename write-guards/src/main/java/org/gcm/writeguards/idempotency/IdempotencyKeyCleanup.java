package org.gcm.writeguards.idempotency;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets keyed answers older than {@code gcm.idempotency.retention}, so the table stays small. */
@ApplicationScoped
class IdempotencyKeyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);

    @Inject
    IdempotencyKeyStore store;

    @Inject
    IdempotencyConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        int forgotten = store.forgetOlderThan(OffsetDateTime.now().minus(config.retention()));
        if (forgotten > 0) {
            LOG.infof("Forgot %d idempotency keys older than %s", forgotten, config.retention());
        }
    }
}
