package org.gcm.fund.domain;

/**
 * RECEIVED -> SCREENED -> UNDER_REVIEW -> APPROVED | PIPELINE | REJECTED -> ACTIVE -> CLOSED (DESIGN.md section 3).
 * Which action leads from where to where is {@link GrantAction}.
 */
public enum GrantStatus {
    RECEIVED,
    SCREENED,
    UNDER_REVIEW,
    APPROVED,
    PIPELINE,
    REJECTED,
    ACTIVE,
    CLOSED
}
