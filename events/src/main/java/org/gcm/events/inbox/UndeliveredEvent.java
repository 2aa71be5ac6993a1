package org.gcm.events.inbox;

import java.util.Optional;

/**
 * An event a consumer could not act on, thrown by {@link Deliveries#actOnce} so that the channel's dead-letter
 * strategy takes it. It names the consumer, which the dead letter's headers would not otherwise say: SmallRye writes
 * this exception's message as {@code dead-letter-reason} and the failure it wraps as {@code dead-letter-cause} and
 * {@code dead-letter-cause-class-name}; {@link #consumerIn} reads the consumer back.
 */
public final class UndeliveredEvent extends RuntimeException {

    private static final String SEPARATOR = ": ";

    private final String consumer;

    UndeliveredEvent(String consumer, RuntimeException failure) {
        super(consumer + SEPARATOR + failure, failure);
        this.consumer = consumer;
    }

    public String consumer() {
        return consumer;
    }

    /**
     * The consumer named in a dead letter's {@code dead-letter-reason}, when its {@code exceptionClass} says this
     * class wrote it; empty for dead letters of any other origin.
     */
    public static Optional<String> consumerIn(String exceptionClass, String reason) {
        if (!UndeliveredEvent.class.getName().equals(exceptionClass) || reason == null) {
            return Optional.empty();
        }
        int end = reason.indexOf(SEPARATOR);
        return end > 0 ? Optional.of(reason.substring(0, end)) : Optional.empty();
    }
}
