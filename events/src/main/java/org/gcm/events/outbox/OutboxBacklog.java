package org.gcm.events.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;

/** What waits in the outbox: how many events, and since when the oldest of them. */
public record OutboxBacklog(long size, OffsetDateTime oldestOccurredAt) {

    public static final OutboxBacklog EMPTY = new OutboxBacklog(0, null);

    /** How long the oldest waiting event has waited; zero when nothing waits. */
    public Duration oldestAge(OffsetDateTime now) {
        return oldestOccurredAt == null ? Duration.ZERO : Duration.between(oldestOccurredAt, now);
    }
}
