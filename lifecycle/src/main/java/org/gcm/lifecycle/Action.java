package org.gcm.lifecycle;

import java.util.Locale;
import java.util.Set;

/**
 * One explicit action on an aggregate (DESIGN.md section 6: state changes are explicit actions), declared once
 * with the states it may start from and the state it leads to. An aggregate's actions are an enum implementing
 * this interface, and that enum is its lifecycle: {@code RequestAction}, {@code GrantAction},
 * {@code PracticeAction}:
 *
 * <pre>{@code
 * public enum RequestAction implements Action<RequestStatus> {
 *     SUBMIT(Move.from(DRAFT).to(SUBMITTED)),
 *     ...;
 *     private final Move<RequestStatus> move;
 *     RequestAction(Move<RequestStatus> move) { this.move = move; }
 *     public Move<RequestStatus> move() { return move; }
 * }
 * }</pre>
 *
 * @param <S> the aggregate's states
 */
public interface Action<S extends Enum<S>> {

    /** The action's row of the table. */
    Move<S> move();

    /** The states the action may start from. */
    default Set<S> from() {
        return move().from();
    }

    /** The state it leads to. */
    default S to() {
        return move().to();
    }

    /** The enum constant's name, {@code REQUEST_FUNDING}. */
    String name();

    /** The action as its path segment and the history say it: {@code request-funding}. */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    default boolean allowedFrom(S current) {
        return from().contains(current);
    }
}
