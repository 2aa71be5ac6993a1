package org.gcm.fund.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gcm.lifecycle.Transition;
import org.gcm.lifecycle.TransitionRecord;

/** One line of a contribution's history: who pledged, committed, deposited or cancelled it, when and why. */
@Entity
@Table(name = "contribution_transition")
public class ContributionTransition extends TransitionRecord {

    @Column(name = "contribution_id", nullable = false)
    public UUID contributionId;

    public static ContributionTransition of(UUID contributionId, Transition<ContributionStatus> transition) {
        ContributionTransition line = new ContributionTransition();
        line.contributionId = contributionId;
        line.fill(transition);
        return line;
    }
}
