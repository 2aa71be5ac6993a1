package org.gcm.hub.domain;

import static org.gcm.hub.domain.RequestStatus.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The explicit actions that move a country request, each with the states it may start from and the state it
 * leads to. The lifecycle of DESIGN.md section 3 is exactly this table.
 */
public enum RequestAction {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED),
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, UNDER_ASSESSMENT, INFORMATION_REQUESTED, ACCEPTED, PARTNERS_PROPOSED,
            IMPLEMENTATION_AGREED), WITHDRAWN),
    START_ASSESSMENT(EnumSet.of(SUBMITTED), UNDER_ASSESSMENT),
    REQUEST_INFORMATION(EnumSet.of(UNDER_ASSESSMENT), INFORMATION_REQUESTED),
    PROVIDE_INFORMATION(EnumSet.of(INFORMATION_REQUESTED), UNDER_ASSESSMENT),
    ACCEPT(EnumSet.of(UNDER_ASSESSMENT), ACCEPTED),
    DECLINE(EnumSet.of(UNDER_ASSESSMENT), DECLINED),
    PROPOSE_PARTNERS(EnumSet.of(ACCEPTED, PARTNERS_PROPOSED), PARTNERS_PROPOSED),
    AGREE_IMPLEMENTATION(EnumSet.of(PARTNERS_PROPOSED), IMPLEMENTATION_AGREED),
    REQUEST_FUNDING(EnumSet.of(IMPLEMENTATION_AGREED, NOT_FUNDED), FUNDING_REQUESTED),
    PIPELINE_GRANT(EnumSet.of(FUNDING_REQUESTED), FUNDING_PIPELINED),
    APPROVE_GRANT(EnumSet.of(FUNDING_REQUESTED, FUNDING_PIPELINED), FUNDED),
    REJECT_GRANT(EnumSet.of(FUNDING_REQUESTED, FUNDING_PIPELINED), NOT_FUNDED),
    START_IMPLEMENTATION(EnumSet.of(FUNDED), IN_IMPLEMENTATION),
    COMPLETE(EnumSet.of(IN_IMPLEMENTATION), COMPLETED);

    private final Set<RequestStatus> from;
    private final RequestStatus to;

    RequestAction(Set<RequestStatus> from, RequestStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(RequestStatus current) {
        return from.contains(current);
    }

    public Set<RequestStatus> from() {
        return EnumSet.copyOf(from);
    }

    public RequestStatus to() {
        return to;
    }

    /** The action's name as its path segment says it, for messages: {@code request-funding}. */
    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
