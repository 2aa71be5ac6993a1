package org.gcm.fund.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * RECEIVED -> SCREENED -> UNDER_REVIEW -> APPROVED | PIPELINE | REJECTED -> ACTIVE -> CLOSED (DESIGN.md section 3).
 * Screening that fails rejects (RECEIVED -> REJECTED); a pipelined grant becomes APPROVED when deposits cover it, or is
 * rejected by the steering committee.
 */
public enum GrantStatus {
    RECEIVED,
    SCREENED,
    UNDER_REVIEW,
    APPROVED,
    PIPELINE,
    REJECTED,
    ACTIVE,
    CLOSED;

    /** The states from which {@code target} may be reached. */
    public static Set<GrantStatus> allowedBefore(GrantStatus target) {
        return switch (target) {
            case RECEIVED -> EnumSet.noneOf(GrantStatus.class);
            case SCREENED -> EnumSet.of(RECEIVED);
            case UNDER_REVIEW -> EnumSet.of(SCREENED);
            case APPROVED -> EnumSet.of(UNDER_REVIEW, PIPELINE);
            case PIPELINE -> EnumSet.of(UNDER_REVIEW);
            case REJECTED -> EnumSet.of(RECEIVED, UNDER_REVIEW, PIPELINE);
            case ACTIVE -> EnumSet.of(APPROVED, ACTIVE);
            case CLOSED -> EnumSet.of(APPROVED, ACTIVE);
        };
    }
}
