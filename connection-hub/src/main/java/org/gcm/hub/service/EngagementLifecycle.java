package org.gcm.hub.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementAction;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.domain.EngagementTransition;
import org.gcm.hub.repository.EngagementTransitionRepository;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/** Moves an engagement through the table of {@link EngagementAction} and keeps its history, as for requests. */
@ApplicationScoped
public class EngagementLifecycle extends Lifecycle<Engagement, EngagementStatus, EngagementAction> {

    private final EngagementTransitionRepository history;

    public EngagementLifecycle(EngagementTransitionRepository history) {
        this.history = history;
    }

    @Override
    protected void record(Engagement engagement, Transition<EngagementStatus> line) {
        history.persist(EngagementTransition.of(engagement.id, line));
    }
}
