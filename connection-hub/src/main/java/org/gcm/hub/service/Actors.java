package org.gcm.hub.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gcm.caller.Caller;
import org.gcm.hub.service.Lifecycle.Actor;

/** The caller as the history records it: subject and the role it acts in. */
@RequestScoped
public class Actors {

    @Inject
    Caller caller;

    public Actor current() {
        String role = caller.hasRole(Roles.SECRETARIAT) ? Roles.SECRETARIAT
                : caller.hasRole(Roles.MEMBER_STATE) ? Roles.MEMBER_STATE
                : caller.hasRole(Roles.PARTNER) ? Roles.PARTNER : "user";
        return new Actor(caller.subject(), role);
    }
}
