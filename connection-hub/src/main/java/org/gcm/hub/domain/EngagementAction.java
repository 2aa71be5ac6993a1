package org.gcm.hub.domain;

import static org.gcm.hub.domain.EngagementStatus.*;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Move;

/**
 * The explicit actions that move an engagement: the partner answers a proposal, and the end of the request
 * (withdrawn or completed) closes whatever is still open. A proposal creates the engagement as PROPOSED.
 */
public enum EngagementAction implements Action<EngagementStatus> {
    ACCEPT(Move.from(PROPOSED).to(ACCEPTED)),
    DECLINE(Move.from(PROPOSED).to(DECLINED)),
    CLOSE(Move.from(PROPOSED, ACCEPTED).to(CLOSED));

    private final Move<EngagementStatus> move;

    EngagementAction(Move<EngagementStatus> move) {
        this.move = move;
    }

    @Override
    public Move<EngagementStatus> move() {
        return move;
    }
}
