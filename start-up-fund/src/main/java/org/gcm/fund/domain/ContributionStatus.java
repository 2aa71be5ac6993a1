package org.gcm.fund.domain;

import java.util.EnumSet;
import java.util.Set;

/** PLEDGED -> COMMITTED (signed agreement) -> DEPOSITED (one or more receipts), or CANCELLED before any cash. */
public enum ContributionStatus {
    PLEDGED,
    COMMITTED,
    DEPOSITED,
    CANCELLED;

    /** The states from which {@code target} may be reached. */
    public static Set<ContributionStatus> allowedBefore(ContributionStatus target) {
        return switch (target) {
            case PLEDGED -> EnumSet.noneOf(ContributionStatus.class);
            case COMMITTED -> EnumSet.of(PLEDGED);
            case DEPOSITED -> EnumSet.of(COMMITTED, DEPOSITED);
            case CANCELLED -> EnumSet.of(PLEDGED, COMMITTED);
        };
    }
}
