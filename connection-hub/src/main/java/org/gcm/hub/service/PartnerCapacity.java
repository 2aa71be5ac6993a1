package org.gcm.hub.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.gcm.hub.domain.Partner;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.refusals.StateConflict;

/**
 * A partner's capacity: an accepted engagement takes one unit until its request ends, and a completed one counts
 * in the partner's track record. The partner row is locked, so two answers cannot both take its last unit.
 */
@ApplicationScoped
public class PartnerCapacity {

    private final PartnerRepository partners;
    private final Event<PartnerChanged> changed;

    public PartnerCapacity(PartnerRepository partners, Event<PartnerChanged> changed) {
        this.partners = partners;
        this.changed = changed;
    }

    /** Takes one unit of the partner's capacity, or refuses when none is free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(String partnerId) {
        Partner partner = partners.forChange(partnerId);
        if (partner.freeCapacity() <= 0) {
            throw new StateConflict("Partner " + partner.id + " has no free capacity (" + partner.capacity
                    + " engagements, " + partner.activeEngagements + " active); raise its capacity first.");
        }
        partner.activeEngagements++;
        changed.fire(new PartnerChanged(partner.id));
    }

    /** Gives back the unit of an accepted engagement whose request ended; a completed request adds to the track record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String partnerId, boolean completed) {
        Partner partner = partners.forChange(partnerId);
        partner.activeEngagements = Math.max(0, partner.activeEngagements - 1);
        if (completed) {
            partner.completedEngagements++;
        }
        changed.fire(new PartnerChanged(partner.id));
    }
}
