package org.gcm.fund.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Actor;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Stateful;
import org.gcm.lifecycle.Transition;
import org.gcm.refusals.StateConflict;

/**
 * Checks an aggregate's action table against the lifecycle written out by hand, through a lifecycle that keeps its
 * history in memory: every allowed move lands where the table says and is recorded with who, in which role and why;
 * every other start is refused with a conflict naming the state, and changes nothing.
 */
public final class LifecycleTable<A extends Stateful<S>, S extends Enum<S>, X extends Enum<X> & Action<S>> {

    /** A lifecycle whose history is a list. */
    public static final class InMemory<A extends Stateful<S>, S extends Enum<S>, X extends Enum<X> & Action<S>>
            extends Lifecycle<A, S, X> {

        public final List<Transition<S>> lines = new ArrayList<>();

        @Override
        protected void record(A aggregate, Transition<S> line) {
            lines.add(line);
        }

        @Override
        protected void announce(A aggregate, Transition<S> change) {
            // Events are tested against the broker, with Quarkus: see events/StatusChangeEventsTest.
        }
    }

    private static final Actor ACTOR = new Actor("someone-1", "some-role");

    private final Supplier<A> fresh;
    private final BiConsumer<A, S> place;
    private final Class<S> states;
    private final Class<X> actions;

    /**
     * @param fresh  a new aggregate
     * @param place  puts an aggregate in a state, as if it had got there
     */
    public LifecycleTable(Supplier<A> fresh, BiConsumer<A, S> place, Class<S> states, Class<X> actions) {
        this.fresh = fresh;
        this.place = place;
        this.states = states;
        this.actions = actions;
    }

    /** Asserts that the actions are exactly {@code expected}: for each, where it may start and where it leads. */
    public void assertIs(Map<X, Map.Entry<Set<S>, S>> expected) {
        assertEquals(EnumSet.allOf(actions), EnumSet.copyOf(expected.keySet()), "every action is in the table");
        for (X action : EnumSet.allOf(actions)) {
            Set<S> from = expected.get(action).getKey();
            S to = expected.get(action).getValue();
            assertEquals(from, action.from(), action + " starts from");
            assertEquals(to, action.to(), action + " leads to");
            for (S state : EnumSet.allOf(states)) {
                if (from.contains(state)) {
                    assertMoves(action, state, to);
                } else {
                    assertRefused(action, state);
                }
            }
        }
    }

    private void assertMoves(X action, S state, S to) {
        InMemory<A, S, X> lifecycle = new InMemory<>();
        A aggregate = at(state);
        assertEquals(state, lifecycle.move(aggregate, action, ACTOR, "why"));
        assertEquals(to, aggregate.status(), action + " from " + state);
        assertEquals(1, lifecycle.lines.size());
        Transition<S> line = lifecycle.lines.get(0);
        assertEquals(List.of(action.label(), state, to, ACTOR, "why"),
                List.of(line.action(), line.from(), line.to(), line.actor(), line.comment()));
    }

    private void assertRefused(X action, S state) {
        InMemory<A, S, X> lifecycle = new InMemory<>();
        A aggregate = at(state);
        StateConflict refused = assertThrows(StateConflict.class, () -> lifecycle.move(aggregate, action, ACTOR, null),
                action + " from " + state);
        assertTrue(refused.detail().contains(" is " + state + ";") && refused.detail().contains(action.label()),
                refused.detail());
        assertEquals(state, aggregate.status(), "a refused move changes nothing");
        assertTrue(lifecycle.lines.isEmpty(), "a refused move is not recorded");
    }

    private A at(S state) {
        A aggregate = fresh.get();
        place.accept(aggregate, state);
        return aggregate;
    }

    /** The first line of a new aggregate's history names no state before it. */
    public void assertCreationRecorded(S first) {
        InMemory<A, S, X> lifecycle = new InMemory<>();
        A aggregate = at(first);
        lifecycle.created(aggregate, ACTOR, lifecycle.now());
        Transition<S> line = lifecycle.lines.get(0);
        assertEquals("create", line.action());
        assertNull(line.from());
        assertEquals(first, line.to());
    }
}
