package org.gcm.lifecycle;

import java.time.OffsetDateTime;

/**
 * An aggregate that moves through a lifecycle of {@link Action}s: only {@link Lifecycle} moves it, so that no
 * move escapes the table of allowed transitions or the history.
 *
 * @param <S> its states
 */
public interface Stateful<S extends Enum<S>> {

    /** Where it stands now. */
    S status();

    /**
     * Enters {@code action.to()}, which the lifecycle has allowed; also keeps what the aggregate records of that
     * action (when a request was submitted, say).
     */
    void enter(Action<S> action, OffsetDateTime at);

    /** Names it in messages and logs: {@code Request 3f6c1a2e-...}; never personal data. */
    String describe();
}
