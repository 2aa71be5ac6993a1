package org.gcm.knowledge.domain;

/**
 * Where a practice stands (DESIGN.md section 3): DRAFT -> SUBMITTED -> UNDER_REVIEW <-> CHANGES_REQUESTED ->
 * PUBLISHED | REJECTED -> ARCHIVED. The moves between them are {@link PracticeAction}.
 */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    REJECTED,
    ARCHIVED;

    /** The submitter (or the owning country) may still change the content. */
    public boolean editableBySubmitter() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Editors may put reviewers on the panel: from submission until the editor decides. */
    public boolean openForReviewers() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == CHANGES_REQUESTED;
    }
}
