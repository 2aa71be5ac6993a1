package org.gcm.fund.service.grants;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.GrantTransition;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.GrantTransitionRepository;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/** Moves a seed grant through {@link GrantAction} and keeps its history in {@code grant_transition}. */
@ApplicationScoped
public class GrantLifecycle extends Lifecycle<SeedGrant, GrantStatus, GrantAction> {

    private final GrantTransitionRepository history;

    GrantLifecycle(GrantTransitionRepository history) {
        this.history = history;
    }

    @Override
    protected void record(SeedGrant grant, Transition<GrantStatus> line) {
        history.persist(GrantTransition.of(grant.id, line));
    }
}
