package org.gcm.hub.domain;

import static org.gcm.hub.domain.RequestStatus.*;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Move;

/**
 * The explicit actions that move a country request, each with the states it may start from and the state it
 * leads to. The lifecycle of DESIGN.md section 3 is exactly this table; {@code service/RequestLifecycle} refuses
 * any other move.
 */
public enum RequestAction implements Action<RequestStatus> {
    SUBMIT(Move.from(DRAFT).to(SUBMITTED)),
    WITHDRAW(Move.from(DRAFT, SUBMITTED, UNDER_ASSESSMENT, INFORMATION_REQUESTED, ACCEPTED, PARTNERS_PROPOSED,
            IMPLEMENTATION_AGREED).to(WITHDRAWN)),
    START_ASSESSMENT(Move.from(SUBMITTED).to(UNDER_ASSESSMENT)),
    REQUEST_INFORMATION(Move.from(UNDER_ASSESSMENT).to(INFORMATION_REQUESTED)),
    PROVIDE_INFORMATION(Move.from(INFORMATION_REQUESTED).to(UNDER_ASSESSMENT)),
    ACCEPT(Move.from(UNDER_ASSESSMENT).to(ACCEPTED)),
    DECLINE(Move.from(UNDER_ASSESSMENT).to(DECLINED)),
    PROPOSE_PARTNERS(Move.from(ACCEPTED, PARTNERS_PROPOSED).to(PARTNERS_PROPOSED)),
    AGREE_IMPLEMENTATION(Move.from(PARTNERS_PROPOSED).to(IMPLEMENTATION_AGREED)),
    REQUEST_FUNDING(Move.from(IMPLEMENTATION_AGREED, NOT_FUNDED).to(FUNDING_REQUESTED)),
    PIPELINE_GRANT(Move.from(FUNDING_REQUESTED).to(FUNDING_PIPELINED)),
    APPROVE_GRANT(Move.from(FUNDING_REQUESTED, FUNDING_PIPELINED).to(FUNDED)),
    REJECT_GRANT(Move.from(FUNDING_REQUESTED, FUNDING_PIPELINED).to(NOT_FUNDED)),
    START_IMPLEMENTATION(Move.from(FUNDED).to(IN_IMPLEMENTATION)),
    COMPLETE(Move.from(IN_IMPLEMENTATION).to(COMPLETED));

    private final Move<RequestStatus> move;

    RequestAction(Move<RequestStatus> move) {
        this.move = move;
    }

    @Override
    public Move<RequestStatus> move() {
        return move;
    }
}
