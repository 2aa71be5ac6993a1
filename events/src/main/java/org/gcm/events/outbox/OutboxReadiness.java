package org.gcm.events.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Shows the outbox backlog in the readiness details, and reports the service not ready when an event has
 * waited longer than {@code gcm.outbox.stale-after}: then events are stuck, not merely queued.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    private final OutboxStore store;
    private final OutboxConfig config;

    OutboxReadiness(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog = QuarkusTransaction.requiringNew().call(store::backlog);
        Duration age = backlog.oldestAge(OffsetDateTime.now(ZoneOffset.UTC));
        return HealthCheckResponse.named("Event outbox")
                .status(age.compareTo(config.staleAfter()) <= 0)
                .withData("backlog", backlog.size())
                .withData("oldestAgeSeconds", age.toSeconds())
                .build();
    }
}
