package org.gcm.problem;

import java.net.URI;

/**
 * The kinds of problem the services report, each with a stable type URI that clients can switch on, its title,
 * and the status it goes with. Relative URIs, as RFC 9457 allows: they resolve against the API's own address.
 * A kind of {@link org.gcm.refusals.StateConflict} with a rule of its own is reported as
 * {@code /problems/<rule>} with the rule's title; every other refusal is one of these.
 */
public enum ProblemType {

    /** Nothing more specific than the HTTP status: RFC 9457 says to use {@code about:blank}. */
    HTTP_STATUS("about:blank", null, 0),
    VALIDATION_FAILED("/problems/validation-failed", "The request contains invalid values", 400),
    MALFORMED_JSON("/problems/malformed-json", "The request body is not well-formed JSON", 400),
    FORBIDDEN("/problems/forbidden", "Forbidden", 403),
    NOT_FOUND("/problems/not-found", "Not Found", 404),
    STATE_CONFLICT("/problems/state-conflict", "The action conflicts with the resource's state", 409),
    CONCURRENT_CHANGE("/problems/concurrent-change", "The resource was changed by someone else at the same time", 409),
    PRECONDITION_FAILED("/problems/precondition-failed", "The resource has changed", 412),
    IDEMPOTENCY_KEY_REUSED("/problems/idempotency-key-reused", "The Idempotency-Key was already used for a different request", 422),
    UNEXPECTED("/problems/unexpected", "Unexpected failure", 500);

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String uri, String title, int status) {
        this.uri = URI.create(uri);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    /** The title for this kind, or {@code null} when the HTTP status phrase is the title. */
    public String title() {
        return title;
    }

    /** The status this kind is answered with; 0 for {@link #HTTP_STATUS}, which goes with any. */
    public int status() {
        return status;
    }
}
