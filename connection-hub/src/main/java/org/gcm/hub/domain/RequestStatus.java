package org.gcm.hub.domain;

/** Where a country request stands (DESIGN.md section 3). */
public enum RequestStatus {
    DRAFT,
    SUBMITTED,
    UNDER_ASSESSMENT,
    INFORMATION_REQUESTED,
    ACCEPTED,
    DECLINED,
    PARTNERS_PROPOSED,
    IMPLEMENTATION_AGREED,
    FUNDING_REQUESTED,
    /** The steering committee approved the grant in principle; the fund waits for contributions to cover it. */
    FUNDING_PIPELINED,
    FUNDED,
    NOT_FUNDED,
    IN_IMPLEMENTATION,
    COMPLETED,
    WITHDRAWN;

    /**
     * The states no action leads out of (NOT_FUNDED is not one: funding can be asked again). Checked against
     * {@link RequestAction} by the action table's test.
     */
    public boolean isTerminal() {
        return this == DECLINED || this == COMPLETED || this == WITHDRAWN;
    }
}
