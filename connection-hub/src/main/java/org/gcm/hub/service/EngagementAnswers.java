package org.gcm.hub.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementAction;
import org.gcm.hub.domain.EngagementRole;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * Implementation set-up (para 43 (a)(iv)), the partners' side: each partner answers the engagements proposed to
 * it. Accepting takes a unit of its capacity; once the lead and at least one other organisation have accepted, the
 * arrangement is agreed and the request moves to IMPLEMENTATION_AGREED.
 */
@ApplicationScoped
public class EngagementAnswers {

    private final EngagementAccess access;
    private final EngagementLifecycle lifecycle;
    private final EngagementService engagements;
    private final CountryRequestRepository requests;
    private final RequestLifecycle requestLifecycle;
    private final PartnerCapacity capacity;
    private final Caller caller;

    public EngagementAnswers(EngagementAccess access, EngagementLifecycle lifecycle, EngagementService engagements,
            CountryRequestRepository requests, RequestLifecycle requestLifecycle, PartnerCapacity capacity,
            Caller caller) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.engagements = engagements;
        this.requests = requests;
        this.requestLifecycle = requestLifecycle;
        this.capacity = capacity;
        this.caller = caller;
    }

    @Transactional
    public Engagement accept(String id, String ifMatch, String answer) {
        Engagement engagement = answerable(id, ifMatch, EngagementAction.ACCEPT);
        capacity.take(engagement.partnerId);
        answer(engagement, EngagementAction.ACCEPT, answer);
        agreeIfComplete(requests.findById(engagement.requestId));
        return engagement;
    }

    @Transactional
    public Engagement decline(String id, String ifMatch, String answer) {
        Engagement engagement = answerable(id, ifMatch, EngagementAction.DECLINE);
        answer(engagement, EngagementAction.DECLINE, answer);
        return engagement;
    }

    private Engagement answerable(String id, String ifMatch, EngagementAction action) {
        Engagement engagement = access.forChange(id);
        if (!access.isPartnerOf(engagement)) {
            // The secretariat sees it, but only the partner answers.
            throw new Forbidden("Only partner " + engagement.partnerId + " answers this engagement.");
        }
        EntityTags.requireMatch(ifMatch, engagement.version, "engagement " + id);
        lifecycle.requireAllowed(engagement, action);
        CountryRequest request = requests.forChange(engagement.requestId);
        if (request.status != RequestStatus.PARTNERS_PROPOSED && request.status != RequestStatus.IMPLEMENTATION_AGREED) {
            throw new StateConflict(request.describe() + " is " + request.status
                    + "; engagements can be answered only when it is [PARTNERS_PROPOSED, IMPLEMENTATION_AGREED].");
        }
        return engagement;
    }

    private void answer(Engagement engagement, EngagementAction action, String answer) {
        engagement.answer = answer;
        engagement.answeredBy = caller.subject();
        lifecycle.move(engagement, action, requestLifecycle.actor(), answer);
    }

    private void agreeIfComplete(CountryRequest request) {
        List<Engagement> agreed = engagements.agreed(request.id);
        boolean lead = agreed.stream().anyMatch(e -> e.role == EngagementRole.LEAD);
        if (request.status == RequestStatus.PARTNERS_PROPOSED && lead && agreed.size() >= 2) {
            requestLifecycle.move(request, RequestAction.AGREE_IMPLEMENTATION, requestLifecycle.actor(),
                    "lead and " + (agreed.size() - 1) + " other organisation(s) accepted");
        }
    }
}
