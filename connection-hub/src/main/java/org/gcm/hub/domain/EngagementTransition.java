package org.gcm.hub.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gcm.lifecycle.Transition;
import org.gcm.lifecycle.TransitionRecord;

/** One line of an engagement's history: who proposed, answered or closed it, in which role, when and why. */
@Entity
@Table(name = "engagement_transition")
public class EngagementTransition extends TransitionRecord {

    @Column(name = "engagement_id")
    public UUID engagementId;

    public static EngagementTransition of(UUID engagementId, Transition<EngagementStatus> transition) {
        EngagementTransition line = new EngagementTransition();
        line.engagementId = engagementId;
        line.fill(transition);
        return line;
    }
}
