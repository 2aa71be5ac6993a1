package org.gcm.events.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the outbox, mapped so that Hibernate validates the table at start and operators can query it;
 * the relay itself works with {@link OutboxStore}'s SQL.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** The order events were written in; the relay publishes in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false, length = 120)
    public String topic;

    @Column(name = "aggregate_id", nullable = false, length = 120)
    public String aggregateId;

    @Column(nullable = false, length = 200)
    public String type;

    /** The CloudEvents JSON envelope exactly as it goes to Kafka. */
    @Column(nullable = false, columnDefinition = "text")
    public String envelope;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
