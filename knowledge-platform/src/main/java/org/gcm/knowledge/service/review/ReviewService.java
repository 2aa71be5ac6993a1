package org.gcm.knowledge.service.review;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.AssignmentState;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.repository.ReviewAssignmentRepository;
import org.gcm.knowledge.service.PracticeAccess;
import org.gcm.knowledge.service.PracticeLifecycle;
import org.gcm.refusals.FieldError;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * Peer review: editors assign reviewers; each reviewer first declares conflicts of interest (a declared
 * conflict removes them, and the editor assigns a replacement), then recommends. The first assignment moves a
 * SUBMITTED practice UNDER_REVIEW.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final PracticeAccess access;
    private final PracticeLifecycle lifecycle;
    private final PracticeRepository practices;
    private final ReviewAssignmentRepository assignments;

    public ReviewService(PracticeAccess access, PracticeLifecycle lifecycle, PracticeRepository practices,
            ReviewAssignmentRepository assignments) {
        this.access = access;
        this.lifecycle = lifecycle;
        this.practices = practices;
        this.assignments = assignments;
    }

    /** The panel as the caller may see it: editors the whole panel, an assigned reviewer only their own review. */
    @Transactional
    public List<ReviewAssignment> panel(UUID practiceId) {
        PracticeAccess.Found found = access.visible(practiceId);
        if (!access.canSeeReviews(found.assignments())) {
            throw NotFound.of("practice", practiceId);
        }
        String subject = access.subject();
        return access.editor() ? found.assignments()
                : found.assignments().stream().filter(a -> a.reviewer.equals(subject)).toList();
    }

    @Transactional
    public ReviewAssignment assign(UUID practiceId, String ifMatch, AssignmentInput command) {
        Practice p = access.forEditor(practiceId, ifMatch);
        p.requireOpenForReviewers();
        String reviewer = command == null ? null : command.reviewer();
        if (reviewer == null || reviewer.isBlank() || command.affiliation() == null) {
            throw new InvalidInput(List.of(
                    new FieldError("reviewer", "NotBlank", "must be the reviewer's user id (token subject)"),
                    new FieldError("affiliation", "NotNull", "must be UN or EXTERNAL")));
        }
        if (reviewer.equals(p.submittedBy)) {
            throw InvalidInput.of("reviewer", "not-submitter", "must not be the practice's submitter");
        }
        if (assignments.ofPractice(practiceId).stream().anyMatch(a -> a.reviewer.equals(reviewer))) {
            throw new StateConflict("Reviewer " + reviewer + " is or was already assigned to practice " + practiceId
                    + " (a reviewer who declared a conflict cannot be assigned again).");
        }
        ReviewAssignment a = new ReviewAssignment();
        a.id = UUID.randomUUID();
        a.practiceId = practiceId;
        a.reviewer = reviewer;
        a.affiliation = command.affiliation();
        a.state = AssignmentState.ASSIGNED;
        a.assignedBy = access.subject();
        a.assignedAt = lifecycle.now();
        assignments.persist(a);
        if (p.status == PracticeStatus.SUBMITTED) {
            lifecycle.move(p, PracticeAction.START_REVIEW, lifecycle.actor(), "first reviewer assigned");
        } else {
            p.updatedAt = lifecycle.now();
        }
        LOG.infof("Review %s of practice %s assigned (%s reviewer)", a.id, practiceId, a.affiliation);
        return a;
    }

    @Transactional
    public ReviewAssignment declare(UUID practiceId, UUID assignmentId, String ifMatch, DeclarationInput command) {
        ReviewAssignment a = own(practiceId, assignmentId);
        EntityTags.requireMatch(ifMatch, a.version, "review " + assignmentId);
        if (a.state != AssignmentState.ASSIGNED) {
            throw new StateConflict("Review " + assignmentId + " is " + a.state
                    + "; conflicts of interest are declared once, while it is ASSIGNED.");
        }
        if (access.affiliation().orElse(null) != a.affiliation) {
            throw new Forbidden("Review " + assignmentId + " needs a " + a.affiliation + " reviewer; the token's "
                    + "affiliation claim is " + access.affiliation().map(Enum::name).orElse("absent") + ".");
        }
        if (command == null || command.conflict() == null) {
            throw InvalidInput.of("conflict", "NotNull", "must say whether there is a conflict of interest: true or false");
        }
        boolean conflict = command.conflict();
        String statement = command.statement();
        if (conflict && (statement == null || statement.isBlank())) {
            throw InvalidInput.of("statement", "NotBlank", "must describe the conflict of interest");
        }
        a.state = conflict ? AssignmentState.CONFLICTED : AssignmentState.CLEARED;
        a.conflictStatement = statement;
        a.declaredAt = lifecycle.now();
        LOG.infof("Review %s of practice %s: conflict of interest declared %s -> %s", a.id, practiceId, conflict, a.state);
        return a;
    }

    @Transactional
    public ReviewAssignment recommend(UUID practiceId, UUID assignmentId, String ifMatch, RecommendationInput command) {
        ReviewAssignment a = own(practiceId, assignmentId);
        EntityTags.requireMatch(ifMatch, a.version, "review " + assignmentId);
        if (command == null || command.recommendation() == null) {
            throw InvalidInput.of("recommendation", "NotNull", "must be PUBLISH, REQUEST_CHANGES or REJECT");
        }
        if (a.state != AssignmentState.CLEARED) {
            throw new StateConflict("Review " + assignmentId + " is " + a.state
                    + "; a reviewer recommends only once cleared of conflicts of interest (CLEARED).");
        }
        Practice p = practices.findById(practiceId);
        if (p.status != PracticeStatus.UNDER_REVIEW) {
            throw new StateConflict(p.describe() + " is " + p.status
                    + "; recommendations are made while it is UNDER_REVIEW.");
        }
        a.recommendation = command.recommendation();
        a.comments = command.comments();
        a.recommendedAt = lifecycle.now();
        LOG.infof("Review %s of practice %s recommends %s", a.id, practiceId, a.recommendation);
        return a;
    }

    /** The caller's own assignment on a practice, with the practice locked; anyone else's is 404. */
    private ReviewAssignment own(UUID practiceId, UUID assignmentId) {
        practices.findForUpdate(practiceId).orElseThrow(() -> NotFound.of("practice", practiceId));
        String subject = access.subject();
        return assignments.ofPractice(practiceId).stream()
                .filter(a -> a.id.equals(assignmentId) && a.reviewer.equals(subject))
                .findFirst()
                .orElseThrow(() -> new NotFound("There is no review " + assignmentId + " of yours on practice "
                        + practiceId + "."));
    }
}
