package org.gcm.knowledge.service;

import java.util.List;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.ReviewAssignment;

/**
 * Who may see and change a practice: published items are public; submitters see their own (and member-state
 * users of the requesting country see drafts opened from their country's completed requests); reviewers see
 * the items they are actively assigned to; editors see everything.
 */
public final class PracticeAccess {

    private PracticeAccess() {
    }

    public static boolean owns(Practice p, Actor actor) {
        if (actor.anonymous()) {
            return false;
        }
        return actor.subject().equals(p.submittedBy)
                || (p.ownerCountry != null && p.ownerCountry.equals(actor.memberStateCountry()));
    }

    public static boolean assigned(List<ReviewAssignment> assignments, Actor actor) {
        return actor.reviewer() && assignments.stream().anyMatch(a -> a.active() && a.reviewer.equals(actor.subject()));
    }

    public static boolean canRead(Practice p, Actor actor, List<ReviewAssignment> assignments) {
        return p.status == PracticeStatus.PUBLISHED || actor.editor() || owns(p, actor) || assigned(assignments, actor);
    }

    /** May see the reviews (who reviews, declarations, recommendations): editors and the assigned reviewers. */
    public static boolean canSeeReviews(Actor actor, List<ReviewAssignment> assignments) {
        return actor.editor() || assigned(assignments, actor);
    }
}
