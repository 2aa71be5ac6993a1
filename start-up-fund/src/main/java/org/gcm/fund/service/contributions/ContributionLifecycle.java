package org.gcm.fund.service.contributions;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionAction;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.ContributionTransition;
import org.gcm.fund.repository.ContributionTransitionRepository;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/** Moves a contribution through {@link ContributionAction} and keeps its history in {@code contribution_transition}. */
@ApplicationScoped
public class ContributionLifecycle extends Lifecycle<Contribution, ContributionStatus, ContributionAction> {

    private final ContributionTransitionRepository history;

    ContributionLifecycle(ContributionTransitionRepository history) {
        this.history = history;
    }

    @Override
    protected void record(Contribution contribution, Transition<ContributionStatus> line) {
        history.persist(ContributionTransition.of(contribution.id, line));
    }
}
