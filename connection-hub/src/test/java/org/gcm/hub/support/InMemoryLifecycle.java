package org.gcm.hub.support;

import java.util.ArrayList;
import java.util.List;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Lifecycle;
import org.gcm.lifecycle.Stateful;
import org.gcm.lifecycle.Transition;

/** A lifecycle whose history is a list: the action tables are tested on aggregates built in memory, no database. */
public final class InMemoryLifecycle<A extends Stateful<S>, S extends Enum<S>, X extends Enum<X> & Action<S>>
        extends Lifecycle<A, S, X> {

    public final List<Transition<S>> lines = new ArrayList<>();

    @Override
    protected void record(A aggregate, Transition<S> line) {
        lines.add(line);
    }

    @Override
    protected void announce(A aggregate, Transition<S> change) {
        // Events are tested against the outbox, with Quarkus: see events/StatusChangeEventsTest.
    }
}
