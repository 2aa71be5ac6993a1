package org.gcm.events.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes published events once they are older than the retention; unpublished ones are never touched. */
@ApplicationScoped
class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

    private final OutboxStore store;
    private final OutboxConfig config;

    OutboxCleanup(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Scheduled(every = "${gcm.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteOldPublishedEvents() {
        int deleted = store.deletePublishedBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()));
        if (deleted > 0) {
            LOG.infof("Outbox cleanup deleted %d events published more than %s ago", deleted, config.retention());
        }
    }
}
