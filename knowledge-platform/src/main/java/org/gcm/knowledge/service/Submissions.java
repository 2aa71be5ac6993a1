package org.gcm.knowledge.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.refusals.Forbidden;
import org.gcm.writeguards.concurrency.EntityTags;

/** The submitter's move: a draft goes to the editors; a practice with changes requested goes back to its reviewers. */
@ApplicationScoped
public class Submissions {

    private final PracticeAccess access;
    private final PracticeLifecycle lifecycle;

    public Submissions(PracticeAccess access, PracticeLifecycle lifecycle) {
        this.access = access;
        this.lifecycle = lifecycle;
    }

    /** DRAFT -> SUBMITTED, or CHANGES_REQUESTED -> UNDER_REVIEW (the reviewers recommend again). */
    @Transactional
    public Practice submit(UUID id, String ifMatch) {
        PracticeAccess.Found found = access.forChange(id);
        Practice p = found.practice();
        EntityTags.requireMatch(ifMatch, p.version, "practice " + id);
        if (!access.owns(p)) {
            throw new Forbidden("Only the submitter of practice " + id + " may submit it.");
        }
        if (p.status == PracticeStatus.CHANGES_REQUESTED) {
            for (ReviewAssignment a : found.assignments()) {
                a.recommendation = null;
                a.recommendedAt = null;
                a.comments = null;
            }
            lifecycle.move(p, PracticeAction.RESUBMIT, lifecycle.actor(), "resubmitted with changes");
        } else {
            lifecycle.move(p, PracticeAction.SUBMIT, lifecycle.actor(), null);
        }
        return p;
    }
}
