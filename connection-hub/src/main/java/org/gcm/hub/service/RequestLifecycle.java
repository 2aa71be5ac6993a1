package org.gcm.hub.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.events.contract.payload.RequestStatusChanged;
import org.gcm.events.contract.payload.StatusChange;
import org.gcm.events.outbox.Outbox;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.RequestTransition;
import org.gcm.hub.repository.RequestTransitionRepository;
import org.gcm.lifecycle.Actor;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;

/**
 * Moves a country request through the table of {@link RequestAction} and keeps its audit trail: every move, who,
 * in which role, when and why, in the transaction of the change, and publishes every change of state as a
 * {@link RequestStatusChanged} (the country decides who may see it; no actor, no comment). The model of every
 * service's lifecycle.
 */
@ApplicationScoped
public class RequestLifecycle extends Lifecycle<CountryRequest, RequestStatus, RequestAction> {

    private final RequestTransitionRepository history;
    private final Caller caller;
    private final Outbox outbox;

    public RequestLifecycle(RequestTransitionRepository history, Caller caller, Outbox outbox) {
        this.history = history;
        this.caller = caller;
        this.outbox = outbox;
    }

    @Override
    protected void record(CountryRequest request, Transition<RequestStatus> line) {
        history.persist(RequestTransition.of(request.id, line));
    }

    @Override
    protected void announce(CountryRequest request, Transition<RequestStatus> change) {
        outbox.append(request.id.toString(), new RequestStatusChanged(request.id.toString(), request.country,
                StatusChange.of(change.action(), change.from(), change.to(), change.at())));
    }

    /** The caller as the history records it: the token's subject and the role it acts in here. */
    public Actor actor() {
        return new Actor(caller.subject(), caller.actingRole(Roles.SECRETARIAT, Roles.MEMBER_STATE, Roles.PARTNER));
    }
}
