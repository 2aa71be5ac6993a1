package org.gcm.hub.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.events.contract.payload.EngagementStatusChanged;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.events.outbox.Outbox;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementAction;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.domain.EngagementTransition;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.EngagementTransitionRepository;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/**
 * Moves an engagement through the table of {@link EngagementAction} and keeps its history, as for requests; every
 * change of state (the offer, the partner's answer, the close) is an {@link EngagementStatusChanged}, keyed by the
 * request so that it stays in order with the request's own moves.
 */
@ApplicationScoped
public class EngagementLifecycle extends Lifecycle<Engagement, EngagementStatus, EngagementAction> {

    private final EngagementTransitionRepository history;
    private final CountryRequestRepository requests;
    private final Outbox outbox;

    public EngagementLifecycle(EngagementTransitionRepository history, CountryRequestRepository requests,
            Outbox outbox) {
        this.history = history;
        this.requests = requests;
        this.outbox = outbox;
    }

    @Override
    protected void record(Engagement engagement, Transition<EngagementStatus> line) {
        history.persist(EngagementTransition.of(engagement.id, line));
    }

    @Override
    protected void announce(Engagement engagement, Transition<EngagementStatus> change) {
        String requestId = engagement.requestId.toString();
        // The request is in the persistence context already: every engagement move starts from it.
        String country = requests.findById(engagement.requestId).country;
        outbox.append(requestId, new EngagementStatusChanged(engagement.id.toString(), requestId, country,
                engagement.partnerId, StatusChange.of(change.action(), change.from(), change.to(), change.at())));
    }
}
