package org.gcm.knowledge.domain;

/** Who submitted a review-forum input. */
public enum SubmitterType {
    MEMBER_STATE,
    STAKEHOLDER,
    UN
}
