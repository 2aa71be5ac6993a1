package org.gcm.fund.domain;

/**
 * PLEDGED -> COMMITTED (signed agreement) -> DEPOSITED (one or more receipts), or CANCELLED before any cash. Which
 * action leads from where to where is {@link ContributionAction}.
 */
public enum ContributionStatus {
    PLEDGED,
    COMMITTED,
    DEPOSITED,
    CANCELLED
}
