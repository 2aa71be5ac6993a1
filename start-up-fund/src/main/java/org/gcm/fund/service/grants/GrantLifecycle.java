package org.gcm.fund.service.grants;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.payload.GrantStatusChanged;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.GrantTransition;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.ContributionRepository;
import org.gcm.fund.repository.GrantTransitionRepository;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/**
 * Moves a seed grant through {@link GrantAction} and keeps its history in {@code grant_transition}; every change of
 * state is a {@link GrantStatusChanged} naming the requesting country and the contributors whose money funds it.
 */
@ApplicationScoped
public class GrantLifecycle extends Lifecycle<SeedGrant, GrantStatus, GrantAction> {

    private final GrantTransitionRepository history;
    private final ContributionRepository contributions;
    private final Outbox outbox;

    GrantLifecycle(GrantTransitionRepository history, ContributionRepository contributions, Outbox outbox) {
        this.history = history;
        this.contributions = contributions;
        this.outbox = outbox;
    }

    @Override
    protected void record(SeedGrant grant, Transition<GrantStatus> line) {
        history.persist(GrantTransition.of(grant.id, line));
    }

    /** Approval reserves before it moves, so the contributors of an APPROVED grant are known here. */
    @Override
    protected void announce(SeedGrant grant, Transition<GrantStatus> change) {
        outbox.append(grant.id.toString(), new GrantStatusChanged(grant.id.toString(), grant.requestId,
                grant.requestingCountry, contributions.contributorsFunding(grant.id),
                StatusChange.of(change.action(), change.from(), change.to(), change.at())));
    }
}
