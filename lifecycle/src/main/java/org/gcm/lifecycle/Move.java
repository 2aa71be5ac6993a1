package org.gcm.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a lifecycle table: the states an action may start from and the state it leads to, written as it
 * reads: {@code Move.from(DRAFT).to(SUBMITTED)}.
 */
public record Move<S extends Enum<S>>(Set<S> from, S to) {

    public Move {
        from = Collections.unmodifiableSet(EnumSet.copyOf(from));
    }

    @SafeVarargs
    public static <S extends Enum<S>> Starts<S> from(S first, S... more) {
        return new Starts<>(EnumSet.of(first, more));
    }

    /** Every state but {@code excluded}: for an action that may start anywhere else. */
    public static <S extends Enum<S>> Starts<S> fromAnyBut(S excluded) {
        return new Starts<>(EnumSet.complementOf(EnumSet.of(excluded)));
    }

    /** The first half of a move: where it may start. */
    public record Starts<S extends Enum<S>>(Set<S> from) {

        public Move<S> to(S target) {
            return new Move<>(from, target);
        }
    }
}
