package org.gcm.hub.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
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
 * in which role, when and why, in the transaction of the change. The model of every service's lifecycle.
 */
@ApplicationScoped
public class RequestLifecycle extends Lifecycle<CountryRequest, RequestStatus, RequestAction> {

    private final RequestTransitionRepository history;
    private final Caller caller;

    public RequestLifecycle(RequestTransitionRepository history, Caller caller) {
        this.history = history;
        this.caller = caller;
    }

    @Override
    protected void record(CountryRequest request, Transition<RequestStatus> line) {
        history.persist(RequestTransition.of(request.id, line));
    }

    /** The caller as the history records it: the token's subject and the role it acts in here. */
    public Actor actor() {
        return new Actor(caller.subject(), caller.actingRole(Roles.SECRETARIAT, Roles.MEMBER_STATE, Roles.PARTNER));
    }
}
