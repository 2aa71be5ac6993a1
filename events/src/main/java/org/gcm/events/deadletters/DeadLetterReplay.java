package org.gcm.events.deadletters;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A dead letter an operator replayed: who, when and what it did. One per dead letter, so a second replay finds it. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay {

    @EmbeddedId
    public Key key;

    @Column(name = "event_id", nullable = false, length = 200)
    public String eventId;

    @Column(name = "replayed_by", nullable = false, length = 200)
    public String replayedBy;

    @Column(name = "replayed_at", nullable = false)
    public OffsetDateTime replayedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ReplayOutcome outcome;

    /** The dead-letter topic and the letter's id on it. */
    @Embeddable
    public record Key(@Column(length = 249) String topic, @Column(name = "dead_letter_id", length = 40) String deadLetterId)
            implements Serializable {
    }
}
