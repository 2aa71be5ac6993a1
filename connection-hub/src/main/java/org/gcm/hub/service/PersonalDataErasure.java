package org.gcm.hub.service;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.hub.domain.Assessment;
import org.gcm.hub.domain.CoFundingLine;
import org.gcm.hub.domain.Correspondence;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementTransition;
import org.gcm.hub.domain.FocalPoint;
import org.gcm.hub.domain.Redaction;
import org.gcm.hub.domain.RequestTransition;
import org.gcm.hub.repository.CorrespondenceRepository;
import org.gcm.hub.repository.EngagementRepository;
import org.gcm.hub.repository.EngagementTransitionRepository;
import org.gcm.hub.repository.RequestTransitionRepository;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * The secretariat erases the personal data of a closed request: its focal points become markers, and the people
 * named elsewhere (who acted in its history, who wrote its correspondence, who answered its engagements, and the
 * focal points' names in any of their text) are replaced by {@link Redaction#ERASED}. The request and its history
 * stay, with roles, times and moves, so the record remains auditable; the erasure is a line of that history.
 */
@ApplicationScoped
public class PersonalDataErasure {

    static final String ACTION = "erase-personal-data";

    private final RequestAccess access;
    private final RequestLifecycle lifecycle;
    private final RequestTransitionRepository history;
    private final CorrespondenceRepository correspondence;
    private final EngagementRepository engagements;
    private final EngagementTransitionRepository engagementHistory;

    public PersonalDataErasure(RequestAccess access, RequestLifecycle lifecycle, RequestTransitionRepository history,
            CorrespondenceRepository correspondence, EngagementRepository engagements,
            EngagementTransitionRepository engagementHistory) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.history = history;
        this.correspondence = correspondence;
        this.engagements = engagements;
        this.engagementHistory = engagementHistory;
    }

    /** Erases once; asked again, it answers the request as it is (nothing is left to erase). */
    @Transactional
    public CountryRequest erase(String id, String ifMatch) {
        CountryRequest request = access.forChange(id);
        if (request.personalDataErasedAt != null) {
            return request;
        }
        EntityTags.requireMatch(ifMatch, request.version, "request " + id);
        if (!request.isClosed()) {
            throw new StateConflict(request.describe() + " is " + request.status + "; personal data can be erased only "
                    + "when it is closed: [COMPLETED, DECLINED, WITHDRAWN].");
        }
        Redaction redaction = Redaction.of(request.focalPoints);
        eraseFromRequest(request, redaction);
        for (RequestTransition line : history.of(request.id)) {
            line.actor = Redaction.actor(line.actor, line.actorRole);
            line.comment = redaction.apply(line.comment);
        }
        for (Correspondence letter : correspondence.of(request.id)) {
            letter.author = Redaction.ERASED;
            letter.text = redaction.apply(letter.text);
        }
        eraseFromEngagements(request.id, redaction);
        lifecycle.note(request, ACTION, lifecycle.actor(), null);
        // As the database keeps it, so that this answer and every later one say the same.
        request.personalDataErasedAt = lifecycle.now().truncatedTo(ChronoUnit.MICROS);
        return request;
    }

    private static void eraseFromRequest(CountryRequest request, Redaction redaction) {
        request.focalPoints = request.focalPoints.stream()
                .map(person -> new FocalPoint(Redaction.ERASED, null, null, null)).toList();
        request.createdBy = Redaction.ERASED;
        request.title = redaction.apply(request.title);
        request.description = redaction.apply(request.description);
        request.fundingDecision = redaction.apply(request.fundingDecision);
        if (request.coFunding != null) {
            request.coFunding = request.coFunding.stream()
                    .map(c -> new CoFundingLine(redaction.apply(c.source()), c.amount(), c.currency())).toList();
        }
        Assessment a = request.assessment;
        if (a != null) {
            request.assessment = new Assessment(a.scores().stream()
                    .map(s -> new Assessment.CriterionScore(s.criterion(), s.score(), redaction.apply(s.comment())))
                    .toList(), a.decision(), redaction.apply(a.rationale()), Redaction.ERASED, a.assessedAt());
        }
    }

    private void eraseFromEngagements(UUID requestId, Redaction redaction) {
        List<Engagement> ofRequest = engagements.ofRequest(requestId);
        for (Engagement engagement : ofRequest) {
            engagement.proposedBy = Redaction.ERASED;
            engagement.answeredBy = engagement.answeredBy == null ? null : Redaction.ERASED;
            engagement.note = redaction.apply(engagement.note);
            engagement.answer = redaction.apply(engagement.answer);
        }
        for (EngagementTransition line : engagementHistory.ofEngagements(ofRequest.stream().map(e -> e.id).toList())) {
            line.actor = Redaction.actor(line.actor, line.actorRole);
            line.comment = redaction.apply(line.comment);
        }
    }
}
