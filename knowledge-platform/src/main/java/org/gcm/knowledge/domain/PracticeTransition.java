package org.gcm.knowledge.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gcm.lifecycle.Transition;
import org.gcm.lifecycle.TransitionRecord;

/** One line of a practice's history: who did what, in which role, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "practice_transition")
public class PracticeTransition extends TransitionRecord {

    @Column(name = "practice_id", nullable = false)
    public UUID practiceId;

    public static PracticeTransition of(UUID practiceId, Transition<PracticeStatus> transition) {
        PracticeTransition line = new PracticeTransition();
        line.practiceId = practiceId;
        line.fill(transition);
        return line;
    }
}
