package org.gcm.hub.domain;

import org.gcm.events.contract.payload.ImplementingOrganisation;

/** A partner's place in a request's implementation arrangement. */
public enum EngagementRole {
    /** Leads the implementation; one per request. */
    LEAD,
    IMPLEMENTING,
    TECHNICAL;

    public ImplementingOrganisation.Role inEvents() {
        return this == LEAD ? ImplementingOrganisation.Role.LEAD : ImplementingOrganisation.Role.PARTNER;
    }
}
