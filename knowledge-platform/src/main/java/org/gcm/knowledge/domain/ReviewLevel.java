package org.gcm.knowledge.domain;

/** The level of implementation a review-forum input reports on (paragraph 48: local, national, regional, global). */
public enum ReviewLevel {
    LOCAL,
    NATIONAL,
    REGIONAL,
    GLOBAL
}
