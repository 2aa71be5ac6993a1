package org.gcm.hub.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.repository.EngagementRepository;
import org.gcm.refusals.NotFound;

/**
 * Finds an engagement the caller may see: the secretariat sees every engagement, a partner only its own.
 * Another partner's engagement answers 404, exactly as one that does not exist.
 */
@ApplicationScoped
public class EngagementAccess {

    private final EngagementRepository engagements;
    private final Caller caller;

    public EngagementAccess(EngagementRepository engagements, Caller caller) {
        this.engagements = engagements;
        this.caller = caller;
    }

    /** The engagement, for reading. */
    public Engagement visible(String id) {
        return find(id, false);
    }

    /** The engagement, locked for a change in the current transaction. */
    public Engagement forChange(String id) {
        return find(id, true);
    }

    /** Whether the caller sees every partner's engagements (the secretariat) rather than its own. */
    public boolean seesAllPartners() {
        return caller.hasRole(Roles.SECRETARIAT);
    }

    /** Whether the caller is the partner of the engagement: the only one who answers it. */
    public boolean isPartnerOf(Engagement engagement) {
        return caller.partnerId().map(engagement.partnerId::equals).orElse(false);
    }

    private Engagement find(String id, boolean lock) {
        Engagement engagement = RequestAccess.parse(id)
                .map(uuid -> lock ? engagements.forChange(uuid) : engagements.findById(uuid)).orElse(null);
        if (engagement == null || !(seesAllPartners() || isPartnerOf(engagement))) {
            throw NotFound.of("engagement", id);
        }
        return engagement;
    }
}
