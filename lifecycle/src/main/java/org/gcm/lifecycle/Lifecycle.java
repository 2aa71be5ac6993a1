package org.gcm.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.TreeSet;

import org.gcm.refusals.StateConflict;
import org.jboss.logging.Logger;

/**
 * Moves an aggregate through its lifecycle and keeps its history: the one form for requests, grants and practices.
 * A service extends it once per aggregate, as an {@code @ApplicationScoped} bean whose {@link #record} persists the
 * history line through its repository and whose {@link #announce} appends the state change to the outbox; callers
 * run inside the transaction of the change, so the move, its line and its event commit together or not at all.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class RequestLifecycle extends Lifecycle<CountryRequest, RequestStatus, RequestAction> {
 *     protected void record(CountryRequest request, Transition<RequestStatus> line) {
 *         history.persist(RequestTransition.of(request.id, line));
 *     }
 *     protected void announce(CountryRequest request, Transition<RequestStatus> change) {
 *         outbox.append(request.id.toString(), new RequestStatusChanged(...));
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
     * Publishes a change of state (a move, or the creation: {@code from} is then {@code null}), in the current
     * transaction: every state change of every aggregate is an event (DESIGN.md section 4), written here once per
     * aggregate rather than in every service method. Lines that change no state ({@link #note}) are not announced.
     * The event carries who may see it (country, partner, contributor), never the actor or the comment.
     */
    protected abstract void announce(A aggregate, Transition<S> change);

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
        Transition<S> line = new Transition<>(action.label(), from, action.to(), actor, comment, at);
        record(aggregate, line);
        announce(aggregate, line);
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
        created(aggregate, actor, null, at);
    }

    /** The first line, with why the aggregate exists. */
    protected void created(A aggregate, Actor actor, String why, OffsetDateTime at) {
        Transition<S> line = new Transition<>("create", null, aggregate.status(), actor, why, at);
        record(aggregate, line);
        announce(aggregate, line);
    }

    /** Now, in UTC, as the history records it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
