package org.gcm.hub.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.RequestTransition;
import org.gcm.hub.repository.RequestTransitionRepository;
import org.jboss.logging.Logger;

/** Moves a request through its lifecycle and keeps the audit trail: every move, who, in which role, and why. */
@ApplicationScoped
public class Lifecycle {

    private static final Logger LOG = Logger.getLogger(Lifecycle.class);

    @Inject
    RequestTransitionRepository history;

    /** A person or service acting on a request, as the history records it. */
    public record Actor(String name, String role) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(CountryRequest request, RequestAction action, Actor actor, String comment) {
        OffsetDateTime now = now();
        RequestStatus from = request.apply(action, now);
        record(request, action.label(), from, actor, comment, now);
        LOG.infof("Request %s %s -> %s (%s by %s)", request.id, from, request.status, action.label(), actor.role());
    }

    /** A history line for an event that does not change the state (a further tranche, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(CountryRequest request, String action, Actor actor, String comment) {
        record(request, action, request.status, actor, comment, now());
    }

    /** The first line: the request was created as a draft. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(CountryRequest request, Actor actor) {
        record(request, "create", null, actor, null, request.createdAt);
    }

    private void record(CountryRequest request, String action, RequestStatus from, Actor actor, String comment,
            OffsetDateTime at) {
        RequestTransition line = new RequestTransition();
        line.requestId = request.id;
        line.occurredAt = at;
        line.actor = actor.name();
        line.actorRole = actor.role();
        line.action = action;
        line.fromStatus = from;
        line.toStatus = request.status;
        line.comment = comment;
        history.persist(line);
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
