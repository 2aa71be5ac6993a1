package org.gcm.hub.service;

/** The realm roles the hub knows (DESIGN.md section 5). */
public final class Roles {

    public static final String MEMBER_STATE = "member-state";
    public static final String SECRETARIAT = "secretariat";
    public static final String PARTNER = "partner";
    /** The role recorded in the history for moves caused by another service's events. */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
