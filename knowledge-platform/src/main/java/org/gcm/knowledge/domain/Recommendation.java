package org.gcm.knowledge.domain;

/** What a cleared reviewer recommends to the editor. */
public enum Recommendation {
    PUBLISH,
    REQUEST_CHANGES,
    REJECT
}
