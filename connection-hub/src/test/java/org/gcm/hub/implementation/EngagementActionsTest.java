package org.gcm.hub.implementation;

import static org.gcm.hub.domain.EngagementStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.UUID;

import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementAction;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.support.InMemoryLifecycle;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.StateConflict;
import org.junit.jupiter.api.Test;

/** An engagement's lifecycle, as the table of EngagementAction declares it: no container. */
class EngagementActionsTest {

    private static final Actor PARTNER = new Actor("user-prt-iom", "partner");

    private final InMemoryLifecycle<Engagement, EngagementStatus, EngagementAction> lifecycle = new InMemoryLifecycle<>();

    @Test
    void theTableIsAnswerOnceThenCloseWhenTheRequestEnds() {
        assertEquals(EnumSet.of(PROPOSED), EngagementAction.ACCEPT.from());
        assertEquals(ACCEPTED, EngagementAction.ACCEPT.to());
        assertEquals(EnumSet.of(PROPOSED), EngagementAction.DECLINE.from());
        assertEquals(DECLINED, EngagementAction.DECLINE.to());
        assertEquals(EnumSet.of(PROPOSED, ACCEPTED), EngagementAction.CLOSE.from());
        assertEquals(CLOSED, EngagementAction.CLOSE.to());
        assertEquals(EnumSet.of(PROPOSED, ACCEPTED), EnumSet.copyOf(EnumSet.allOf(EngagementStatus.class).stream()
                .filter(EngagementStatus::open).toList()));
    }

    @Test
    void everyAllowedMoveIsMadeAndRecorded() {
        for (EngagementAction action : EngagementAction.values()) {
            for (EngagementStatus from : action.from()) {
                Engagement engagement = engagement(from);
                lifecycle.lines.clear();
                lifecycle.move(engagement, action, PARTNER, "answer");
                assertEquals(action.to(), engagement.status);
                assertEquals(action.label(), lifecycle.lines.get(0).action());
                assertEquals(from, lifecycle.lines.get(0).from());
                if (action == EngagementAction.CLOSE) {
                    assertNull(engagement.answeredAt, "closing is not an answer");
                } else {
                    assertNotNull(engagement.answeredAt);
                }
            }
        }
    }

    @Test
    void anAnsweredOrClosedEngagementIsNotAnsweredAgain() {
        for (EngagementAction action : EngagementAction.values()) {
            for (EngagementStatus from : EnumSet.complementOf(EnumSet.copyOf(action.from()))) {
                Engagement engagement = engagement(from);
                StateConflict refused = assertThrows(StateConflict.class,
                        () -> lifecycle.move(engagement, action, PARTNER, null));
                assertTrue(refused.detail().contains("is " + from), refused.detail());
                assertEquals(from, engagement.status);
            }
        }
    }

    private static Engagement engagement(EngagementStatus status) {
        Engagement engagement = new Engagement();
        engagement.id = UUID.randomUUID();
        engagement.status = status;
        return engagement;
    }
}
