package org.gcm.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.TreeSet;

import org.gcm.refusals.StateConflict;
import org.jboss.logging.Logger;

/**
 * Moves an aggregate through its lifecycle and keeps its history: the one form for requests, grants and practices.
 * A service extends it once per aggregate, as an {@code @ApplicationScoped} bean whose {@link #record} persists the
 * history line through its repository; callers run inside the transaction of the change, so the move and its line
 * commit together or not at all.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class RequestLifecycle extends Lifecycle<CountryRequest, RequestStatus, RequestAction> {
 *     protected void record(CountryRequest request, Transition<RequestStatus> line) {
 *         history.persist(RequestTransition.of(request.id, line));
 *     }
 * }
 * }</pre>
 *
 * @param <A> the aggregate
 * @param <S> its states
 * @param <X> its actions
 */
public abstract class Lifecycle<A extends Stateful<S>, S extends Enum<S>, X extends Enum<X> & Action<S>> {

    private static final Logger LOG = Logger.getLogger(Lifecycle.class);

    private final Clock clock;

    protected Lifecycle() {
        this(Clock.systemUTC());
    }

    /** With another clock, for tests of time-dependent rules. */
    protected Lifecycle(Clock clock) {
        this.clock = clock;
    }

    /** Stores one line of the aggregate's history, in the current transaction. */
    protected abstract void record(A aggregate, Transition<S> line);

    /**
     * Moves {@code aggregate} by {@code action}, or refuses with a {@link StateConflict} naming its state and the
     * states the action needs.
     *
     * @return the state it left
     */
    public S move(A aggregate, X action, Actor actor, String comment) {
        S from = aggregate.status();
        requireAllowed(aggregate, action);
        OffsetDateTime at = now();
        aggregate.enter(action, at);
        record(aggregate, new Transition<>(action.label(), from, action.to(), actor, comment, at));
        LOG.infof("%s %s -> %s (%s by %s)", aggregate.describe(), from, action.to(), action.label(), actor.role());
        return from;
    }

    /** Refuses, as {@link #move} would, an action the aggregate's state does not allow; for checks made early. */
    public void requireAllowed(A aggregate, X action) {
        if (!action.allowedFrom(aggregate.status())) {
            throw new StateConflict(aggregate.describe() + " is " + aggregate.status() + "; it can move to "
                    + action.to() + " only from " + new TreeSet<>(action.from()) + ", so " + action.label()
                    + " is refused.");
        }
    }

    /** A history line for something that happened without a move (a further tranche, an answered question). */
    public void note(A aggregate, String what, Actor actor, String comment) {
        record(aggregate, new Transition<>(what, aggregate.status(), aggregate.status(), actor, comment, now()));
    }

    /** The first line: the aggregate was created in its first state. */
    public void created(A aggregate, Actor actor, OffsetDateTime at) {
        record(aggregate, new Transition<>("create", null, aggregate.status(), actor, null, at));
    }

    /** Now, in UTC, as the history records it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
