package org.gcm.knowledge.domain;

/** What a piece of knowledge is (DESIGN.md section 3). */
public enum Kind {
    PRACTICE,
    EVIDENCE,
    INITIATIVE,
    REVIEW_INPUT,
    TOOL
}
