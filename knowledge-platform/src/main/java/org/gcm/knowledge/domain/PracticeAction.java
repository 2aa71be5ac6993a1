package org.gcm.knowledge.domain;

import static org.gcm.knowledge.domain.PracticeStatus.ARCHIVED;
import static org.gcm.knowledge.domain.PracticeStatus.CHANGES_REQUESTED;
import static org.gcm.knowledge.domain.PracticeStatus.DRAFT;
import static org.gcm.knowledge.domain.PracticeStatus.PUBLISHED;
import static org.gcm.knowledge.domain.PracticeStatus.REJECTED;
import static org.gcm.knowledge.domain.PracticeStatus.SUBMITTED;
import static org.gcm.knowledge.domain.PracticeStatus.UNDER_REVIEW;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Move;

/**
 * The explicit actions that move a practice, each with the states it may start from and the state it leads to:
 * the practice lifecycle of DESIGN.md section 3 is exactly this table.
 */
public enum PracticeAction implements Action<PracticeStatus> {
    /** The submitter sends the draft to the editors. */
    SUBMIT(Move.from(DRAFT).to(SUBMITTED)),
    /** An editor puts the first reviewer on the panel. */
    START_REVIEW(Move.from(SUBMITTED).to(UNDER_REVIEW)),
    /** An editor sends it back to the submitter, saying why. */
    REQUEST_CHANGES(Move.from(UNDER_REVIEW).to(CHANGES_REQUESTED)),
    /** The submitter sends the changed practice back; the reviewers recommend again. */
    RESUBMIT(Move.from(CHANGES_REQUESTED).to(UNDER_REVIEW)),
    /** An editor publishes once the review quorum recommends it. */
    PUBLISH(Move.from(UNDER_REVIEW).to(PUBLISHED)),
    /** An editor rejects it, saying why. */
    REJECT(Move.from(UNDER_REVIEW).to(REJECTED)),
    /** An editor takes it out of the public repository, or files a rejected one. */
    ARCHIVE(Move.from(PUBLISHED, REJECTED).to(ARCHIVED)),
    /**
     * A newer version from the curated source a practice was imported from publishes it again, whatever became of
     * it since: the editor who imports vouches for the source, so it skips the platform's own review.
     */
    REPUBLISH(Move.fromAnyBut(PUBLISHED).to(PUBLISHED));

    private final Move<PracticeStatus> move;

    PracticeAction(Move<PracticeStatus> move) {
        this.move = move;
    }

    @Override
    public Move<PracticeStatus> move() {
        return move;
    }
}
