package org.gcm.refusals;

/**
 * A rule of the domain said no. Services throw the subclasses from their service and domain layers, which know
 * nothing of HTTP; problem-details turns each kind into one RFC 9457 problem type and status, in one place.
 * <p>
 * No stack trace is filled in: a refusal is an answer to the caller, not a fault to debug, and it is thrown on
 * ordinary paths (a wrong id, a second submit) often enough for the trace to cost.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, Forbidden, InvalidInput, StateConflict, StaleVersion {

    protected Refusal(String detail) {
        super(detail, null, false, false);
    }

    /** What was refused and why, in words a client developer can act on. */
    public String detail() {
        return getMessage();
    }
}
