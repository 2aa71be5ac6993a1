package org.gcm.hub.domain;

/** Where a proposed engagement stands. */
public enum EngagementStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    /** The request was withdrawn or completed: the engagement no longer counts against capacity. */
    CLOSED
}
