package org.gcm.refusals;

/**
 * No such resource, or none the caller may see: the answer is the same, so that existence does not leak (a
 * Member State asking for another country's request is told it does not exist).
 */
public final class NotFound extends Refusal {

    public NotFound(String detail) {
        super(detail);
    }

    /** {@code There is no request 42.} */
    public static NotFound of(String what, Object id) {
        return new NotFound("There is no " + what + " " + id + ".");
    }
}
