package org.gcm.hub.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.gcm.lifecycle.Transition;
import org.gcm.lifecycle.TransitionRecord;

/** One line of a request's audit trail: who moved it, in which role, when, from where to where and why. */
@Entity
@Table(name = "request_transition")
public class RequestTransition extends TransitionRecord {

    @Column(name = "request_id")
    public UUID requestId;

    public static RequestTransition of(UUID requestId, Transition<RequestStatus> transition) {
        RequestTransition line = new RequestTransition();
        line.requestId = requestId;
        line.fill(transition);
        return line;
    }
}
