package org.gcm.fund.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gcm.lifecycle.Transition;
import org.gcm.lifecycle.TransitionRecord;

/** One line of a grant's history: who moved it, in which role, when, from where to where and why. Never changed. */
@Entity
@Table(name = "grant_transition")
public class GrantTransition extends TransitionRecord {

    @Column(name = "grant_id", nullable = false)
    public UUID grantId;

    public static GrantTransition of(UUID grantId, Transition<GrantStatus> transition) {
        GrantTransition line = new GrantTransition();
        line.grantId = grantId;
        line.fill(transition);
        return line;
    }
}
