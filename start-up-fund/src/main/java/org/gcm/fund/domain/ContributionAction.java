package org.gcm.fund.domain;

import static org.gcm.fund.domain.ContributionStatus.CANCELLED;
import static org.gcm.fund.domain.ContributionStatus.COMMITTED;
import static org.gcm.fund.domain.ContributionStatus.DEPOSITED;
import static org.gcm.fund.domain.ContributionStatus.PLEDGED;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Move;

/** The explicit actions that move a contribution: the contribution lifecycle is exactly this table. */
public enum ContributionAction implements Action<ContributionStatus> {
    /** The agreement is signed. */
    COMMIT(Move.from(PLEDGED).to(COMMITTED)),
    /** A cash receipt; every further receipt is a move DEPOSITED -> DEPOSITED. */
    DEPOSIT(Move.from(COMMITTED, DEPOSITED).to(DEPOSITED)),
    /** Withdrawn before any cash (the service also refuses it once money is deposited). */
    CANCEL(Move.from(PLEDGED, COMMITTED).to(CANCELLED));

    private final Move<ContributionStatus> move;

    ContributionAction(Move<ContributionStatus> move) {
        this.move = move;
    }

    @Override
    public Move<ContributionStatus> move() {
        return move;
    }
}
