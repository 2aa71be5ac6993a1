package org.gcm.events.deadletters;

/** What replaying a dead letter did. */
public enum ReplayOutcome {
    /** Sent again to its source topic through the outbox; its consumer acts on it once (the inbox skips repeats). */
    REPUBLISHED,
    /** Its consumer had acted on the event meanwhile (a redelivery succeeded): nothing was sent. */
    ALREADY_ACTED_ON
}
