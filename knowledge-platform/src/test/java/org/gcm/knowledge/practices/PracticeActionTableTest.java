package org.gcm.knowledge.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.PracticeAction;
import org.gcm.knowledge.domain.PracticeStatus;
import org.gcm.lifecycle.Actor;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Transition;
import org.gcm.refusals.StateConflict;
import org.junit.jupiter.api.Test;

/** The practice lifecycle of DESIGN.md section 3, move by move, with no Quarkus: the table PracticeAction declares. */
class PracticeActionTableTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Actor EDITOR = new Actor("editor-1", "editor");

    /** Every allowed move: action, the states it starts from, the state it leads to. */
    private static final Map<PracticeAction, Set<PracticeStatus>> ALLOWED = Map.of(
            PracticeAction.SUBMIT, EnumSet.of(PracticeStatus.DRAFT),
            PracticeAction.START_REVIEW, EnumSet.of(PracticeStatus.SUBMITTED),
            PracticeAction.REQUEST_CHANGES, EnumSet.of(PracticeStatus.UNDER_REVIEW),
            PracticeAction.RESUBMIT, EnumSet.of(PracticeStatus.CHANGES_REQUESTED),
            PracticeAction.PUBLISH, EnumSet.of(PracticeStatus.UNDER_REVIEW),
            PracticeAction.REJECT, EnumSet.of(PracticeStatus.UNDER_REVIEW),
            PracticeAction.ARCHIVE, EnumSet.of(PracticeStatus.PUBLISHED, PracticeStatus.REJECTED),
            PracticeAction.REPUBLISH, EnumSet.complementOf(EnumSet.of(PracticeStatus.PUBLISHED)));

    /** The smallest lifecycle: its history is a list in memory. */
    private static final class InMemoryLifecycle extends Lifecycle<Practice, PracticeStatus, PracticeAction> {

        final List<Transition<PracticeStatus>> lines = new ArrayList<>();

        InMemoryLifecycle() {
            super(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Override
        protected void record(Practice practice, Transition<PracticeStatus> line) {
            lines.add(line);
        }

        @Override
        protected void announce(Practice practice, Transition<PracticeStatus> change) {
            // Events are tested against the broker, with Quarkus: see events/StatusChangeEventsTest.
        }
    }

    @Test
    void theTableIsTheLifecycleOfTheDesign() {
        assertEquals(EnumSet.allOf(PracticeAction.class), ALLOWED.keySet());
        ALLOWED.forEach((action, from) -> assertEquals(from, action.from(), action.name()));
        assertEquals(PracticeStatus.SUBMITTED, PracticeAction.SUBMIT.to());
        assertEquals(PracticeStatus.UNDER_REVIEW, PracticeAction.START_REVIEW.to());
        assertEquals(PracticeStatus.CHANGES_REQUESTED, PracticeAction.REQUEST_CHANGES.to());
        assertEquals(PracticeStatus.UNDER_REVIEW, PracticeAction.RESUBMIT.to());
        assertEquals(PracticeStatus.PUBLISHED, PracticeAction.PUBLISH.to());
        assertEquals(PracticeStatus.REJECTED, PracticeAction.REJECT.to());
        assertEquals(PracticeStatus.ARCHIVED, PracticeAction.ARCHIVE.to());
        assertEquals(PracticeStatus.PUBLISHED, PracticeAction.REPUBLISH.to());
    }

    @Test
    void everyAllowedMoveIsMadeAndRecordedAndEveryOtherIsRefused() {
        for (PracticeAction action : PracticeAction.values()) {
            for (PracticeStatus status : PracticeStatus.values()) {
                InMemoryLifecycle lifecycle = new InMemoryLifecycle();
                Practice practice = practice(status);
                if (ALLOWED.get(action).contains(status)) {
                    assertEquals(status, lifecycle.move(practice, action, EDITOR, "why"));
                    assertEquals(action.to(), practice.status, action + " from " + status);
                    Transition<PracticeStatus> line = lifecycle.lines.get(0);
                    assertEquals(action.label(), line.action());
                    assertEquals(status, line.from());
                    assertEquals(action.to(), line.to());
                    assertEquals(EDITOR, line.actor());
                    assertEquals("why", line.comment());
                } else {
                    assertThrows(StateConflict.class, () -> lifecycle.move(practice, action, EDITOR, null),
                            action + " from " + status);
                    assertEquals(status, practice.status);
                    assertEquals(List.of(), lifecycle.lines);
                }
            }
        }
    }

    @Test
    void aRefusedMoveNamesTheCurrentStateAndTheStatesAllowed() {
        Practice practice = practice(PracticeStatus.DRAFT);
        StateConflict refusal = assertThrows(StateConflict.class,
                () -> new InMemoryLifecycle().move(practice, PracticeAction.PUBLISH, EDITOR, null));
        assertEquals("Practice " + practice.id + " is DRAFT; it can move to PUBLISHED only from [UNDER_REVIEW], so "
                + "publish is refused.", refusal.detail());
        assertEquals(StateConflict.STATE, refusal.rule());
    }

    @Test
    void publishingDatesThePracticeAndOtherMovesDoNot() {
        Practice published = practice(PracticeStatus.UNDER_REVIEW);
        new InMemoryLifecycle().move(published, PracticeAction.PUBLISH, EDITOR, null);
        assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), published.publishedAt);
        assertEquals(2026, published.year);
        assertEquals(published.publishedAt, published.updatedAt);

        Practice rejected = practice(PracticeStatus.UNDER_REVIEW);
        new InMemoryLifecycle().move(rejected, PracticeAction.REJECT, EDITOR, "Out of scope");
        assertNull(rejected.publishedAt);
        assertEquals(2020, rejected.year);
    }

    @Test
    void contentChangesFollowTheStateAndWhoChanges() {
        for (PracticeStatus status : PracticeStatus.values()) {
            Practice practice = practice(status);
            if (status == PracticeStatus.ARCHIVED) {
                assertThrows(StateConflict.class, () -> practice.requireChangeable(true));
            } else {
                practice.requireChangeable(true);
            }
            if (status == PracticeStatus.DRAFT || status == PracticeStatus.CHANGES_REQUESTED) {
                practice.requireChangeable(false);
            } else {
                assertThrows(StateConflict.class, () -> practice.requireChangeable(false), status.name());
            }
        }
    }

    private static Practice practice(PracticeStatus status) {
        Practice practice = new Practice();
        practice.id = UUID.randomUUID();
        practice.status = status;
        practice.year = 2020;
        return practice;
    }
}
