package org.gcm.knowledge.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.knowledge.domain.Affiliation;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.repository.ReviewAssignmentRepository;
import org.gcm.knowledge.repository.SearchCriteria;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.NotFound;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * Who may see and change a practice, for the caller of the current request (anonymous when there is no token):
 * published items are public; submitters see their own (and member-state users of the requesting country see
 * drafts opened from their country's completed requests); reviewers see the items they are actively assigned
 * to; editors see everything. A practice the caller may not see answers 404, exactly as one that does not exist.
 */
@ApplicationScoped
public class PracticeAccess {

    private final Caller caller;
    private final PracticeRepository practices;
    private final ReviewAssignmentRepository assignments;

    public PracticeAccess(Caller caller, PracticeRepository practices, ReviewAssignmentRepository assignments) {
        this.caller = caller;
        this.practices = practices;
        this.assignments = assignments;
    }

    /** A practice with the assignments of its review, as the caller may see it. */
    public record Found(Practice practice, List<ReviewAssignment> assignments) {
    }

    /** The practice and its panel, for reading. */
    public Found visible(UUID id) {
        return readable(practices.findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    /** The practice and its panel, locked for a change in the current transaction. */
    public Found forChange(UUID id) {
        return readable(practices.findForUpdate(id).orElseThrow(() -> notFound(id)));
    }

    /** A practice an editor acts on, locked; {@code ifMatch} must name its current version. */
    public Practice forEditor(UUID id, String ifMatch) {
        if (!editor()) {
            throw new Forbidden("Only editors may do this.");
        }
        Practice p = practices.findForUpdate(id).orElseThrow(() -> notFound(id));
        EntityTags.requireMatch(ifMatch, p.version, "practice " + id);
        return p;
    }

    public boolean editor() {
        return caller.hasRole(Roles.EDITOR);
    }

    /** The token's subject; {@code null} for an anonymous caller. */
    public String subject() {
        return caller.signedIn() ? caller.subject() : null;
    }

    /** The reviewer's affiliation from the token's claim, if it names one. */
    public Optional<Affiliation> affiliation() {
        return caller.signedIn() ? caller.affiliation().flatMap(Affiliation::fromClaim) : Optional.empty();
    }

    /** Its submitter, or a member state's user of the country a draft from a hub request belongs to. */
    public boolean owns(Practice p) {
        String subject = subject();
        return subject != null && (subject.equals(p.submittedBy)
                || (p.ownerCountry != null && p.ownerCountry.equals(memberStateCountry())));
    }

    /** May see the reviews (who reviews, declarations, recommendations): editors and the assigned reviewers. */
    public boolean canSeeReviews(List<ReviewAssignment> panel) {
        return editor() || assigned(panel);
    }

    /** What the caller may find in a search besides published items. */
    public SearchCriteria.Viewer viewer() {
        String subject = subject();
        if (subject == null) {
            return SearchCriteria.Viewer.ANONYMOUS;
        }
        return new SearchCriteria.Viewer(editor(), subject, memberStateCountry(), reviewer());
    }

    private Found readable(Practice p) {
        List<ReviewAssignment> panel = assignments.ofPractice(p.id);
        if (!(p.status == PracticeStatus.PUBLISHED || editor() || owns(p) || assigned(panel))) {
            throw notFound(p.id);
        }
        return new Found(p, panel);
    }

    private boolean assigned(List<ReviewAssignment> panel) {
        String subject = subject();
        return reviewer() && panel.stream().anyMatch(a -> a.active() && a.reviewer.equals(subject));
    }

    private boolean reviewer() {
        return caller.hasRole(Roles.REVIEWER);
    }

    private String memberStateCountry() {
        return caller.hasRole(Roles.MEMBER_STATE) ? caller.country().orElse(null) : null;
    }

    static NotFound notFound(UUID id) {
        return NotFound.of("practice", id);
    }
}
