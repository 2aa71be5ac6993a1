package org.gcm.hub.domain;

/** Whether the secretariat has checked a partner's profile. Only verified partners are matched by default. */
public enum Verification {
    UNVERIFIED,
    VERIFIED,
    SUSPENDED
}
