package org.gcm.events.inbox;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An event a consumer of this service has acted on; mapped so that Hibernate validates the table. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    @Embeddable
    public record Key(@Column(length = 120) String consumer, @Column(name = "event_id", length = 200) String eventId)
            implements Serializable {
    }
}
