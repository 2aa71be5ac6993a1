package org.gcm.hub.service;

import java.util.List;

import org.gcm.problem.ProblemException;

/** The refusals of the hub that problem-details has no shortcut for. */
public final class Refusals {

    private Refusals() {
    }

    /** The caller is known and may use the endpoint, but not on this resource (one it can see exists). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "about:blank", "Forbidden", detail, List.of());
    }

    /** A rule of the business that the state of other resources breaks (no free capacity, ...). */
    public static ProblemException conflict(String detail) {
        return ProblemException.stateConflict(detail);
    }
}
