package org.gcm.fund.service.contributions;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.payload.ContributionStatusChanged;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionAction;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.ContributionTransition;
import org.gcm.fund.repository.ContributionTransitionRepository;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/**
 * Moves a contribution through {@link ContributionAction} and keeps its history in {@code contribution_transition};
 * the pledge and every move after it are a {@link ContributionStatusChanged} naming the contributor (a further
 * deposit, DEPOSITED -> DEPOSITED, too).
 */
@ApplicationScoped
public class ContributionLifecycle extends Lifecycle<Contribution, ContributionStatus, ContributionAction> {

    private final ContributionTransitionRepository history;
    private final Outbox outbox;

    ContributionLifecycle(ContributionTransitionRepository history, Outbox outbox) {
        this.history = history;
        this.outbox = outbox;
    }

    @Override
    protected void record(Contribution contribution, Transition<ContributionStatus> line) {
        history.persist(ContributionTransition.of(contribution.id, line));
    }

    @Override
    protected void announce(Contribution contribution, Transition<ContributionStatus> change) {
        outbox.append(contribution.id.toString(), new ContributionStatusChanged(contribution.id.toString(),
                contribution.contributorId, Money.of(contribution.amount, contribution.currency),
                StatusChange.of(change.action(), change.from(), change.to(), change.at())));
    }
}
