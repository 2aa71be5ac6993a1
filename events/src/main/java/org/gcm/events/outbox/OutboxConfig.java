package org.gcm.events.outbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay of a service behaves. */
@ConfigMapping(prefix = "gcm.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of this service's events; default {@code /<application name>}. */
    Optional<String> source();

    /** How often the relay looks for events that a commit did not already hand it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many events one relay transaction claims. */
    @WithDefault("100")
    int batchSize();

    /** How long one event may take to be acknowledged by the broker before the batch counts as failed. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** First wait after a failed publish; it doubles with each further failure. */
    @WithDefault("500ms")
    Duration initialBackoff();

    /** The longest wait between attempts while the broker is away. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published events are kept (for inspection) before the cleanup deletes them. */
    @WithDefault("7d")
    Duration retention();

    /** An unpublished event older than this makes the service not ready: events are stuck. */
    @WithDefault("5m")
    Duration staleAfter();
}
