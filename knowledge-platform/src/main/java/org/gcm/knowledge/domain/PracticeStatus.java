package org.gcm.knowledge.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The practice lifecycle (DESIGN.md section 3): DRAFT -> SUBMITTED -> UNDER_REVIEW <-> CHANGES_REQUESTED ->
 * PUBLISHED | REJECTED -> ARCHIVED. CHANGES_REQUESTED goes back to UNDER_REVIEW when the submitter resubmits.
 */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    REJECTED,
    ARCHIVED;

    public Set<PracticeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(CHANGES_REQUESTED, PUBLISHED, REJECTED);
            case CHANGES_REQUESTED -> EnumSet.of(UNDER_REVIEW);
            case PUBLISHED, REJECTED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(PracticeStatus.class);
        };
    }

    public boolean canMoveTo(PracticeStatus target) {
        return next().contains(target);
    }

    /** The submitter (or the owning country) may still change the content. */
    public boolean editableBySubmitter() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
