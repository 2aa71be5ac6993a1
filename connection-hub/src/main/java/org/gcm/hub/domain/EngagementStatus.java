package org.gcm.hub.domain;

/** Where a proposed engagement stands; {@link EngagementAction} is the table of its moves. */
public enum EngagementStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    /** The request was withdrawn or completed: the engagement no longer counts against capacity. */
    CLOSED;

    /** Proposed or accepted: the partner is (or may become) part of the arrangement. */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
