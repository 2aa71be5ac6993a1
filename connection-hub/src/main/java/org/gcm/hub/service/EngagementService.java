package org.gcm.hub.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementRole;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.Verification;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.EngagementRepository;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.hub.rest.EngagementInput;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * Implementation set-up (para 43 (a)(iv)): the secretariat proposes engagements, each partner answers its own;
 * the arrangement is agreed once the lead and at least one other organisation have accepted. An accepted
 * engagement takes one unit of the partner's capacity until the request is completed or withdrawn.
 */
@ApplicationScoped
public class EngagementService {

    private static final Logger LOG = Logger.getLogger(EngagementService.class);

    @Inject
    EngagementRepository engagements;

    @Inject
    PartnerRepository partners;

    @Inject
    CountryRequestRepository requests;

    @Inject
    RequestAccess access;

    @Inject
    Lifecycle lifecycle;

    @Inject
    Actors actors;

    @Inject
    Caller caller;

    @Inject
    Event<PartnerChanged> partnerChanged;

    @Transactional
    public Engagement propose(String requestId, String ifMatch, EngagementInput input) {
        CountryRequest request = access.forChange(requestId);
        EntityTags.requireMatch(ifMatch, request.version, "request " + requestId);
        Partner partner = partners.findById(input.partnerId());
        if (partner == null) {
            throw ProblemException.invalidField("partnerId", "registered", "must be a partner of the registry");
        }
        if (partner.verification != Verification.VERIFIED) {
            throw ProblemException.invalidField("partnerId", "verified",
                    "must be a verified partner; " + partner.id + " is " + partner.verification);
        }
        List<Engagement> open = engagements.ofRequest(request.id).stream().filter(EngagementService::open).toList();
        if (open.stream().anyMatch(e -> e.partnerId.equals(partner.id))) {
            throw ProblemException.stateConflict("Partner " + partner.id + " already has an open engagement on request "
                    + request.id + ".");
        }
        if (input.role() == EngagementRole.LEAD && open.stream().anyMatch(e -> e.role == EngagementRole.LEAD)) {
            throw ProblemException.stateConflict("Request " + request.id + " already has a lead proposed or agreed.");
        }
        if (request.status == RequestStatus.ACCEPTED) {
            lifecycle.move(request, RequestAction.PROPOSE_PARTNERS, actors.current(),
                    "first engagement proposed to " + partner.id);
        } else if (!RequestAction.PROPOSE_PARTNERS.allowedFrom(request.status)) {
            throw ProblemException.stateConflict("Request " + request.id + " is " + request.status
                    + "; engagements can be proposed only when it is " + RequestAction.PROPOSE_PARTNERS.from() + ".");
        }
        Engagement engagement = new Engagement();
        engagement.id = UUID.randomUUID();
        engagement.requestId = request.id;
        engagement.partnerId = partner.id;
        engagement.role = input.role();
        engagement.status = EngagementStatus.PROPOSED;
        engagement.note = input.note();
        engagement.proposedBy = caller.subject();
        engagement.proposedAt = Lifecycle.now();
        engagements.persist(engagement);
        request.updatedAt = engagement.proposedAt;
        LOG.infof("Engagement %s proposed: partner %s as %s on request %s", engagement.id, partner.id, input.role(),
                request.id);
        return engagement;
    }

    @Transactional
    public Engagement accept(String id, String ifMatch, String answer) {
        Engagement engagement = answerable(id, ifMatch);
        Partner partner = partners.findById(engagement.partnerId, LockModeType.PESSIMISTIC_WRITE);
        if (partner.freeCapacity() <= 0) {
            throw ProblemException.stateConflict("Partner " + partner.id + " has no free capacity (" + partner.capacity
                    + " engagements, " + partner.activeEngagements + " active); raise its capacity first.");
        }
        partner.activeEngagements++;
        partnerChanged.fire(new PartnerChanged(partner.id));
        answer(engagement, EngagementStatus.ACCEPTED, answer);
        agreeIfComplete(engagement.requestId);
        return engagement;
    }

    @Transactional
    public Engagement decline(String id, String ifMatch, String answer) {
        Engagement engagement = answerable(id, ifMatch);
        answer(engagement, EngagementStatus.DECLINED, answer);
        return engagement;
    }

    /** Frees the capacity of every accepted engagement of a request that ended (completed or withdrawn). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAll(CountryRequest request) {
        for (Engagement engagement : engagements.ofRequest(request.id)) {
            if (engagement.status == EngagementStatus.ACCEPTED) {
                Partner partner = partners.findById(engagement.partnerId, LockModeType.PESSIMISTIC_WRITE);
                partner.activeEngagements = Math.max(0, partner.activeEngagements - 1);
                if (request.status == RequestStatus.COMPLETED) {
                    partner.completedEngagements++;
                }
                partnerChanged.fire(new PartnerChanged(partner.id));
            }
            if (open(engagement)) {
                engagement.status = EngagementStatus.CLOSED;
            }
        }
    }

    /** The accepted engagements of a request, lead first. */
    public List<Engagement> agreed(UUID requestId) {
        return engagements.ofRequest(requestId).stream().filter(e -> e.status == EngagementStatus.ACCEPTED)
                .sorted((a, b) -> Integer.compare(a.role.ordinal(), b.role.ordinal())).toList();
    }

    public List<Engagement> ofRequest(String requestId) {
        return engagements.ofRequest(access.visible(requestId).id);
    }

    /** The secretariat sees every engagement (optionally one partner's), a partner only its own. */
    public List<Engagement> list(String partnerId, EngagementStatus status) {
        if (caller.hasRole(Roles.SECRETARIAT)) {
            return partnerId == null ? engagements.all(status) : engagements.ofPartner(partnerId, status);
        }
        String own = caller.partnerId().orElse("");
        if (partnerId != null && !partnerId.equals(own)) {
            return List.of();
        }
        return engagements.ofPartner(own, status);
    }

    public Engagement get(String id) {
        return visible(id, false);
    }

    public CountryRequest requestOf(Engagement engagement) {
        return requests.findById(engagement.requestId);
    }

    private Engagement answerable(String id, String ifMatch) {
        Engagement engagement = visible(id, true);
        if (!caller.partnerId().map(engagement.partnerId::equals).orElse(false)) {
            // The secretariat sees it, but only the partner answers.
            throw Refusals.forbidden("Only partner " + engagement.partnerId + " answers this engagement.");
        }
        EntityTags.requireMatch(ifMatch, engagement.version, "engagement " + id);
        if (engagement.status != EngagementStatus.PROPOSED) {
            throw ProblemException.stateConflict("Engagement " + id + " is " + engagement.status
                    + "; it can be answered only when it is [PROPOSED].");
        }
        CountryRequest request = requests.findById(engagement.requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request.status != RequestStatus.PARTNERS_PROPOSED && request.status != RequestStatus.IMPLEMENTATION_AGREED) {
            throw ProblemException.stateConflict("Request " + request.id + " is " + request.status
                    + "; engagements can be answered only when it is [PARTNERS_PROPOSED, IMPLEMENTATION_AGREED].");
        }
        return engagement;
    }

    private Engagement visible(String id, boolean lock) {
        Optional<UUID> uuid = RequestAccess.parse(id);
        Engagement engagement = uuid.map(u -> lock ? engagements.findById(u, LockModeType.PESSIMISTIC_WRITE)
                : engagements.findById(u)).orElse(null);
        boolean maySee = engagement != null && (caller.hasRole(Roles.SECRETARIAT)
                || caller.partnerId().map(engagement.partnerId::equals).orElse(false));
        if (!maySee) {
            throw ProblemException.notFound("There is no engagement " + id + ".");
        }
        return engagement;
    }

    private void answer(Engagement engagement, EngagementStatus status, String answer) {
        engagement.status = status;
        engagement.answer = answer;
        engagement.answeredBy = caller.subject();
        engagement.answeredAt = Lifecycle.now();
        LOG.infof("Engagement %s PROPOSED -> %s by partner %s", engagement.id, status, engagement.partnerId);
    }

    private void agreeIfComplete(UUID requestId) {
        CountryRequest request = requests.findById(requestId);
        List<Engagement> agreed = agreed(requestId);
        boolean lead = agreed.stream().anyMatch(e -> e.role == EngagementRole.LEAD);
        if (request.status == RequestStatus.PARTNERS_PROPOSED && lead && agreed.size() >= 2) {
            lifecycle.move(request, RequestAction.AGREE_IMPLEMENTATION, actors.current(),
                    "lead and " + (agreed.size() - 1) + " other organisation(s) accepted");
        }
    }

    private static boolean open(Engagement e) {
        return e.status == EngagementStatus.PROPOSED || e.status == EngagementStatus.ACCEPTED;
    }
}
