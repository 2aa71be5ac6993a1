package org.gcm.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.gcm.refusals.StateConflict;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum DoorState { OPEN, CLOSED, LOCKED }

    enum DoorAction implements Action<DoorState> {
        CLOSE(Move.from(DoorState.OPEN).to(DoorState.CLOSED)),
        LOCK(Move.from(DoorState.CLOSED).to(DoorState.LOCKED)),
        OPEN_UP(Move.from(DoorState.CLOSED, DoorState.LOCKED).to(DoorState.OPEN));

        private final Move<DoorState> move;

        DoorAction(Move<DoorState> move) {
            this.move = move;
        }

        @Override
        public Move<DoorState> move() {
            return move;
        }
    }

    static final class Door implements Stateful<DoorState> {
        DoorState status = DoorState.OPEN;
        OffsetDateTime lockedAt;

        @Override
        public DoorState status() {
            return status;
        }

        @Override
        public void enter(Action<DoorState> action, OffsetDateTime at) {
            status = action.to();
            if (action == DoorAction.LOCK) {
                lockedAt = at;
            }
        }

        @Override
        public String describe() {
            return "Door 7";
        }
    }

    static final class DoorLifecycle extends Lifecycle<Door, DoorState, DoorAction> {
        final List<Transition<DoorState>> lines = new ArrayList<>();
        final List<Transition<DoorState>> announced = new ArrayList<>();

        DoorLifecycle(Clock clock) {
            super(clock);
        }

        @Override
        protected void record(Door door, Transition<DoorState> line) {
            lines.add(line);
        }

        @Override
        protected void announce(Door door, Transition<DoorState> change) {
            announced.add(change);
        }
    }

    private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");
    private final DoorLifecycle lifecycle = new DoorLifecycle(Clock.fixed(NOON, ZoneOffset.UTC));
    private final Actor keeper = new Actor("keeper-1", "secretariat");

    @Test
    void aMoveChangesTheStateAndRecordsWhoWhenAndWhy() {
        Door door = new Door();
        DoorState left = lifecycle.move(door, DoorAction.CLOSE, keeper, "end of day");
        lifecycle.move(door, DoorAction.LOCK, keeper, null);

        assertEquals(DoorState.OPEN, left);
        assertEquals(DoorState.LOCKED, door.status);
        assertEquals(OffsetDateTime.ofInstant(NOON, ZoneOffset.UTC), door.lockedAt);
        Transition<DoorState> first = lifecycle.lines.get(0);
        assertEquals("close", first.action());
        assertEquals(DoorState.OPEN, first.from());
        assertEquals(DoorState.CLOSED, first.to());
        assertEquals(keeper, first.actor());
        assertEquals("end of day", first.comment());
        assertEquals(2, lifecycle.lines.size());
    }

    @Test
    void aMoveTheTableDoesNotAllowIsAConflictAndChangesNothing() {
        Door door = new Door();
        StateConflict refused = assertThrows(StateConflict.class,
                () -> lifecycle.move(door, DoorAction.LOCK, keeper, null));

        assertEquals("Door 7 is OPEN; it can move to LOCKED only from [CLOSED], so lock is refused.", refused.detail());
        assertEquals(StateConflict.STATE, refused.rule());
        assertEquals(DoorState.OPEN, door.status);
        assertTrue(lifecycle.lines.isEmpty());
        assertTrue(lifecycle.announced.isEmpty(), "a refused move is not announced");
    }

    @Test
    void everyChangeOfStateIsAnnouncedOnceAndNotesAreNot() {
        Door door = new Door();
        lifecycle.created(door, keeper, OffsetDateTime.parse("2026-12-01T08:00:00Z"));
        lifecycle.move(door, DoorAction.CLOSE, keeper, "end of day");
        lifecycle.note(door, "inspect", keeper, "hinges oiled");
        lifecycle.move(door, DoorAction.LOCK, keeper, null);

        assertEquals(List.of("create", "close", "lock"), lifecycle.announced.stream().map(Transition::action).toList());
        assertEquals(lifecycle.lines.get(1), lifecycle.announced.get(1), "the event tells what the history records");
    }

    @Test
    void creationAndNotesAreLinesWithoutAMove() {
        Door door = new Door();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T08:00:00Z");
        lifecycle.created(door, keeper, at);
        lifecycle.note(door, "inspect", Actor.system("building-service"), "hinges oiled");

        Transition<DoorState> created = lifecycle.lines.get(0);
        assertNull(created.from());
        assertEquals(DoorState.OPEN, created.to());
        assertEquals(at, created.at());
        Transition<DoorState> note = lifecycle.lines.get(1);
        assertEquals(DoorState.OPEN, note.from());
        assertEquals(DoorState.OPEN, note.to());
        assertEquals("system", note.actor().role());
    }

    @Test
    void aMoveKeepsItsStartingStatesUnchangeable() {
        Move<DoorState> open = DoorAction.OPEN_UP.move();
        assertEquals(EnumSet.of(DoorState.CLOSED, DoorState.LOCKED), open.from());
        assertThrows(UnsupportedOperationException.class, () -> open.from().add(DoorState.OPEN));
    }

    @Test
    void anActionIsLabelledAsItsPathSegment() {
        assertEquals("open-up", DoorAction.OPEN_UP.label());
    }
}
