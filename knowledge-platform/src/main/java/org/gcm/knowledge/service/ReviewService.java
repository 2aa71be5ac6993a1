package org.gcm.knowledge.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Affiliation;
import org.gcm.knowledge.domain.AssignmentState;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.Recommendation;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.problem.FieldError;
import org.gcm.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Peer review: editors assign reviewers; each reviewer first declares conflicts of interest (a declared
 * conflict removes them, and the editor assigns a replacement), then recommends. The first assignment moves a
 * SUBMITTED practice UNDER_REVIEW.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final PracticeService lifecycle;
    private final PracticeRepository practices;

    public ReviewService(PracticeService lifecycle, PracticeRepository practices) {
        this.lifecycle = lifecycle;
        this.practices = practices;
    }

    @Transactional
    public ReviewAssignment assign(Actor editor, UUID practiceId, String ifMatch, String reviewer, Affiliation affiliation) {
        Practice p = lifecycle.lockForEditor(editor, practiceId, ifMatch);
        PracticeService.requireState(p, PracticeStatus.UNDER_REVIEW, PracticeStatus.SUBMITTED, PracticeStatus.UNDER_REVIEW,
                PracticeStatus.CHANGES_REQUESTED);
        if (reviewer == null || reviewer.isBlank() || affiliation == null) {
            throw ProblemException.invalidFields(List.of(
                    new FieldError("reviewer", "NotBlank", "must be the reviewer's user id (token subject)"),
                    new FieldError("affiliation", "NotNull", "must be UN or EXTERNAL")));
        }
        if (reviewer.equals(p.submittedBy)) {
            throw ProblemException.invalidField("reviewer", "not-submitter", "must not be the practice's submitter");
        }
        List<ReviewAssignment> existing = practices.assignments(practiceId);
        if (existing.stream().anyMatch(a -> a.reviewer.equals(reviewer))) {
            throw ProblemException.stateConflict("Reviewer " + reviewer + " is or was already assigned to practice "
                    + practiceId + " (a reviewer who declared a conflict cannot be assigned again).");
        }
        ReviewAssignment a = new ReviewAssignment();
        a.id = UUID.randomUUID();
        a.practiceId = practiceId;
        a.reviewer = reviewer;
        a.affiliation = affiliation;
        a.state = AssignmentState.ASSIGNED;
        a.assignedBy = editor.subject();
        a.assignedAt = PracticeService.now();
        practices.persist(a);
        if (p.status == PracticeStatus.SUBMITTED) {
            lifecycle.move(p, PracticeStatus.UNDER_REVIEW, editor, "first reviewer assigned");
        } else {
            p.updatedAt = PracticeService.now();
        }
        LOG.infof("Review %s of practice %s assigned (%s reviewer)", a.id, practiceId, affiliation);
        return a;
    }

    @Transactional
    public ReviewAssignment declare(Actor reviewer, UUID practiceId, UUID assignmentId, String ifMatch, boolean conflict,
            String statement) {
        ReviewAssignment a = own(reviewer, practiceId, assignmentId);
        org.gcm.writeguards.concurrency.EntityTags.requireMatch(ifMatch, a.version, "review " + assignmentId);
        if (a.state != AssignmentState.ASSIGNED) {
            throw ProblemException.stateConflict("Review " + assignmentId + " is " + a.state
                    + "; conflicts of interest are declared once, while it is ASSIGNED.");
        }
        if (reviewer.affiliation().orElse(null) != a.affiliation) {
            throw PracticeService.forbidden("Review " + assignmentId + " needs a " + a.affiliation
                    + " reviewer; the token's affiliation claim is " + reviewer.affiliation().map(Enum::name).orElse("absent") + ".");
        }
        if (conflict && (statement == null || statement.isBlank())) {
            throw ProblemException.invalidField("statement", "NotBlank", "must describe the conflict of interest");
        }
        a.state = conflict ? AssignmentState.CONFLICTED : AssignmentState.CLEARED;
        a.conflictStatement = statement;
        a.declaredAt = PracticeService.now();
        LOG.infof("Review %s of practice %s: conflict of interest declared %s -> %s", a.id, practiceId, conflict, a.state);
        return a;
    }

    @Transactional
    public ReviewAssignment recommend(Actor reviewer, UUID practiceId, UUID assignmentId, String ifMatch,
            Recommendation recommendation, String comments) {
        ReviewAssignment a = own(reviewer, practiceId, assignmentId);
        org.gcm.writeguards.concurrency.EntityTags.requireMatch(ifMatch, a.version, "review " + assignmentId);
        if (recommendation == null) {
            throw ProblemException.invalidField("recommendation", "NotNull", "must be PUBLISH, REQUEST_CHANGES or REJECT");
        }
        if (a.state != AssignmentState.CLEARED) {
            throw ProblemException.stateConflict("Review " + assignmentId + " is " + a.state
                    + "; a reviewer recommends only once cleared of conflicts of interest (CLEARED).");
        }
        Practice p = practices.find(practiceId).orElseThrow();
        if (p.status != PracticeStatus.UNDER_REVIEW) {
            throw ProblemException.stateConflict("Practice " + practiceId + " is " + p.status
                    + "; recommendations are made while it is UNDER_REVIEW.");
        }
        a.recommendation = recommendation;
        a.comments = comments;
        a.recommendedAt = PracticeService.now();
        LOG.infof("Review %s of practice %s recommends %s", a.id, practiceId, recommendation);
        return a;
    }

    /** The reviewer's own assignment on a practice; anyone else's is 404. */
    private ReviewAssignment own(Actor reviewer, UUID practiceId, UUID assignmentId) {
        practices.findForUpdate(practiceId).orElseThrow(() -> PracticeService.notFound(practiceId));
        return practices.assignments(practiceId).stream()
                .filter(a -> a.id.equals(assignmentId) && a.reviewer.equals(reviewer.subject()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("No review " + assignmentId + " of yours on practice " + practiceId + "."));
    }
}
