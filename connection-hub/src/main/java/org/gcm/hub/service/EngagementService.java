package org.gcm.hub.service;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementAction;
import org.gcm.hub.domain.EngagementRole;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.EngagementRepository;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.lifecycle.Actor;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * Implementation set-up (para 43 (a)(iv)), the secretariat's side: it proposes engagements to verified partners,
 * one lead per request; when the request ends, its open engagements close and accepted ones release the partners'
 * capacity. Each partner answers its own ({@link EngagementAnswers}).
 */
@ApplicationScoped
public class EngagementService {

    private static final Logger LOG = Logger.getLogger(EngagementService.class);

    private final EngagementRepository engagements;
    private final PartnerRepository partners;
    private final CountryRequestRepository requests;
    private final RequestAccess requestAccess;
    private final EngagementAccess access;
    private final RequestLifecycle requestLifecycle;
    private final EngagementLifecycle lifecycle;
    private final PartnerCapacity capacity;
    private final Caller caller;

    public EngagementService(EngagementRepository engagements, PartnerRepository partners,
            CountryRequestRepository requests, RequestAccess requestAccess, EngagementAccess access,
            RequestLifecycle requestLifecycle, EngagementLifecycle lifecycle, PartnerCapacity capacity, Caller caller) {
        this.engagements = engagements;
        this.partners = partners;
        this.requests = requests;
        this.requestAccess = requestAccess;
        this.access = access;
        this.requestLifecycle = requestLifecycle;
        this.lifecycle = lifecycle;
        this.capacity = capacity;
        this.caller = caller;
    }

    @Transactional
    public Engagement propose(String requestId, String ifMatch, EngagementInput input) {
        CountryRequest request = requestAccess.forChange(requestId);
        EntityTags.requireMatch(ifMatch, request.version, "request " + requestId);
        Partner partner = partners.findById(input.partnerId());
        if (partner == null) {
            throw InvalidInput.of("partnerId", "registered", "must be a partner of the registry");
        }
        if (partner.verification != Verification.VERIFIED) {
            throw InvalidInput.of("partnerId", "verified",
                    "must be a verified partner; " + partner.id + " is " + partner.verification);
        }
        List<Engagement> open = engagements.ofRequest(request.id).stream().filter(e -> e.status.open()).toList();
        if (open.stream().anyMatch(e -> e.partnerId.equals(partner.id))) {
            throw new StateConflict("Partner " + partner.id + " already has an open engagement on request "
                    + request.id + ".");
        }
        if (input.role() == EngagementRole.LEAD && open.stream().anyMatch(e -> e.role == EngagementRole.LEAD)) {
            throw new StateConflict("Request " + request.id + " already has a lead proposed or agreed.");
        }
        Actor actor = requestLifecycle.actor();
        // The first proposal moves the request; later ones leave it PARTNERS_PROPOSED without a history line each.
        if (request.status == RequestStatus.ACCEPTED) {
            requestLifecycle.move(request, RequestAction.PROPOSE_PARTNERS, actor,
                    "first engagement proposed to " + partner.id);
        } else {
            requestLifecycle.requireAllowed(request, RequestAction.PROPOSE_PARTNERS);
        }
        Engagement engagement = new Engagement();
        engagement.id = UUID.randomUUID();
        engagement.requestId = request.id;
        engagement.partnerId = partner.id;
        engagement.role = input.role();
        engagement.status = EngagementStatus.PROPOSED;
        engagement.note = input.note();
        engagement.proposedBy = caller.subject();
        engagement.proposedAt = lifecycle.now();
        engagements.persist(engagement);
        lifecycle.created(engagement, actor, engagement.proposedAt);
        request.updatedAt = engagement.proposedAt;
        LOG.infof("Engagement %s proposed: partner %s as %s on request %s", engagement.id, partner.id, input.role(),
                request.id);
        return engagement;
    }

    /** Closes the open engagements of a request that ended (completed or withdrawn) and frees the capacity they held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAll(CountryRequest request) {
        Actor actor = requestLifecycle.actor();
        for (Engagement engagement : engagements.ofRequest(request.id)) {
            if (engagement.status == EngagementStatus.ACCEPTED) {
                capacity.release(engagement.partnerId, request.status == RequestStatus.COMPLETED);
            }
            if (engagement.status.open()) {
                lifecycle.move(engagement, EngagementAction.CLOSE, actor, "the request is " + request.status);
            }
        }
    }

    /** The accepted engagements of a request, lead first. */
    public List<Engagement> agreed(UUID requestId) {
        return engagements.ofRequest(requestId).stream().filter(e -> e.status == EngagementStatus.ACCEPTED)
                .sorted(Comparator.comparingInt(e -> e.role.ordinal())).toList();
    }

    public List<Engagement> ofRequest(String requestId) {
        return engagements.ofRequest(requestAccess.visible(requestId).id);
    }

    /** The secretariat sees every engagement (optionally one partner's), a partner only its own. */
    public Page<Engagement> list(String partnerId, EngagementStatus status, Paging paging) {
        if (access.seesAllPartners()) {
            return partnerId == null ? engagements.all(status, paging) : engagements.ofPartner(partnerId, status, paging);
        }
        String own = caller.partnerId().orElse("");
        if (partnerId != null && !partnerId.equals(own)) {
            return Page.empty();
        }
        return engagements.ofPartner(own, status, paging);
    }

    public Engagement get(String id) {
        return access.visible(id);
    }

    /** The request an engagement belongs to, for showing its title and country beside it. */
    public CountryRequest requestOf(Engagement engagement) {
        return requests.findById(engagement.requestId);
    }
}
