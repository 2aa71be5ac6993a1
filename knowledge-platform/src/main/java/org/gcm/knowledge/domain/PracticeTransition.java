package org.gcm.knowledge.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a practice's history: who moved it from which state to which, when and why. Never changed. */
@Entity
@Table(name = "practice_transition")
public class PracticeTransition {

    @Id
    public UUID id;

    @Column(name = "practice_id", nullable = false)
    public UUID practiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public PracticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public PracticeStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(columnDefinition = "text")
    public String reason;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static PracticeTransition of(UUID practiceId, PracticeStatus from, PracticeStatus to, String actor,
            String reason, OffsetDateTime at) {
        PracticeTransition t = new PracticeTransition();
        t.id = UUID.randomUUID();
        t.practiceId = practiceId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = actor;
        t.reason = reason;
        t.at = at;
        return t;
    }
}
