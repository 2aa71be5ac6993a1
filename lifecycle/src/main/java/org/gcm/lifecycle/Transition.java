package org.gcm.lifecycle;

import java.time.OffsetDateTime;

/**
 * One line of an aggregate's history, before a service stores it: who did what, in which role, when, from which
 * state to which, and why.
 *
 * @param action  the action's label ({@code submit}), or what happened without a move ({@code create},
 *                {@code disburse-tranche})
 * @param from    the state before; {@code null} for the line that records the creation
 * @param to      the state after (the same as {@code from} for a line that changes no state)
 * @param comment the reason given, if any
 */
public record Transition<S extends Enum<S>>(String action, S from, S to, Actor actor, String comment,
        OffsetDateTime at) {
}
