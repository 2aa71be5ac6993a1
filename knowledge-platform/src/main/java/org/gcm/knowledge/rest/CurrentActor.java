package org.gcm.knowledge.rest;

import jakarta.enterprise.context.RequestScoped;

import org.gcm.caller.Caller;
import org.gcm.knowledge.service.Actor;

import io.quarkus.security.identity.SecurityIdentity;

/** The actor of the current request, anonymous when there is no token. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private final Caller caller;

    public CurrentActor(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    public Actor get() {
        return identity.isAnonymous() ? Actor.ANONYMOUS : Actor.of(caller);
    }
}
