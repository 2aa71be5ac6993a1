package org.gcm.fund.domain;

import static org.gcm.fund.domain.GrantStatus.ACTIVE;
import static org.gcm.fund.domain.GrantStatus.APPROVED;
import static org.gcm.fund.domain.GrantStatus.CLOSED;
import static org.gcm.fund.domain.GrantStatus.RECEIVED;
import static org.gcm.fund.domain.GrantStatus.REJECTED;
import static org.gcm.fund.domain.GrantStatus.SCREENED;
import static org.gcm.fund.domain.GrantStatus.UNDER_REVIEW;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Move;

/**
 * The explicit actions that move a seed grant, each with the states it may start from and the state it leads to:
 * the grant lifecycle of DESIGN.md section 3 is exactly this table.
 */
public enum GrantAction implements Action<GrantStatus> {
    /** Every screening rule passed. */
    SCREEN(Move.from(RECEIVED).to(SCREENED)),
    /** A screening rule failed: the application is rejected naming each failed rule. */
    REJECT_AT_SCREENING(Move.from(RECEIVED).to(REJECTED)),
    START_REVIEW(Move.from(SCREENED).to(UNDER_REVIEW)),
    /** The steering committee approves and the pools cover the grant: its money is reserved. */
    APPROVE(Move.from(UNDER_REVIEW).to(APPROVED)),
    /** The steering committee approves but the pools do not cover the grant yet: it waits for deposits. */
    PIPELINE(Move.from(UNDER_REVIEW).to(GrantStatus.PIPELINE)),
    /** Deposits, interest or a closure's release now cover a pipelined grant: its money is reserved. */
    FUND_PIPELINED(Move.from(GrantStatus.PIPELINE).to(APPROVED)),
    REJECT(Move.from(UNDER_REVIEW, GrantStatus.PIPELINE).to(REJECTED)),
    /** A tranche is paid; the first makes the grant ACTIVE, each later one keeps it so. */
    DISBURSE(Move.from(APPROVED, ACTIVE).to(ACTIVE)),
    CLOSE(Move.from(APPROVED, ACTIVE).to(CLOSED));

    private final Move<GrantStatus> move;

    GrantAction(Move<GrantStatus> move) {
        this.move = move;
    }

    @Override
    public Move<GrantStatus> move() {
        return move;
    }
}
