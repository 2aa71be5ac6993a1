package org.gcm.knowledge.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.repository.ReviewAssignmentRepository;
import org.gcm.knowledge.service.review.Quorum;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.StateConflict;

/**
 * The editors' decisions on a practice: publish it once the review quorum recommends (and tell the other services),
 * send it back for changes, reject it, archive it. Changes and rejections say why.
 */
@ApplicationScoped
public class EditorialDecisions {

    /** A kind of conflict of its own, so that clients can tell "wait for the reviewers" from "wrong state". */
    static final StateConflict.Rule QUORUM_NOT_MET = new StateConflict.Rule("review-quorum-not-met",
            "The review quorum has not recommended publication");

    private final PracticeAccess access;
    private final PracticeLifecycle lifecycle;
    private final ReviewAssignmentRepository assignments;
    private final Publication publication;

    public EditorialDecisions(PracticeAccess access, PracticeLifecycle lifecycle, ReviewAssignmentRepository assignments,
            Publication publication) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.assignments = assignments;
        this.publication = publication;
    }

    /** UNDER_REVIEW -> PUBLISHED once at least one UN and two external cleared reviewers recommend it. */
    @Transactional
    public Practice publish(UUID id, String ifMatch, DecisionInput decision) {
        Practice p = access.forEditor(id, ifMatch);
        lifecycle.requireAllowed(p, PracticeAction.PUBLISH);
        Quorum quorum = Quorum.of(assignments.ofPractice(id));
        if (!quorum.recommendsPublication()) {
            throw new StateConflict(QUORUM_NOT_MET, p.describe() + " needs at least " + Quorum.UN_NEEDED + " UN and "
                    + Quorum.EXTERNAL_NEEDED + " external reviewers, cleared of conflicts, recommending PUBLISH; it has "
                    + quorum.unPublish() + " UN and " + quorum.externalPublish() + " external.");
        }
        lifecycle.move(p, PracticeAction.PUBLISH, lifecycle.actor(), DecisionInput.reasonOf(decision));
        publication.announce(p);
        return p;
    }

    /** UNDER_REVIEW -> CHANGES_REQUESTED, saying what to change. */
    @Transactional
    public Practice requestChanges(UUID id, String ifMatch, ReasonInput decision) {
        return decide(id, ifMatch, decision, PracticeAction.REQUEST_CHANGES);
    }

    /** UNDER_REVIEW -> REJECTED, saying why. */
    @Transactional
    public Practice reject(UUID id, String ifMatch, ReasonInput decision) {
        return decide(id, ifMatch, decision, PracticeAction.REJECT);
    }

    /** PUBLISHED or REJECTED -> ARCHIVED: no longer public. */
    @Transactional
    public Practice archive(UUID id, String ifMatch, DecisionInput decision) {
        Practice p = access.forEditor(id, ifMatch);
        lifecycle.move(p, PracticeAction.ARCHIVE, lifecycle.actor(), DecisionInput.reasonOf(decision));
        return p;
    }

    private Practice decide(UUID id, String ifMatch, ReasonInput decision, PracticeAction action) {
        Practice p = access.forEditor(id, ifMatch);
        String reason = decision == null ? null : decision.reason();
        InvalidInput.check().require(reason != null && !reason.isBlank(), "reason", "NotBlank", "must say why").orRefuse();
        lifecycle.move(p, action, lifecycle.actor(), reason);
        return p;
    }
}
