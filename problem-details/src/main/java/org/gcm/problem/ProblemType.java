package org.gcm.problem;

import java.net.URI;

/**
 * The kinds of problem the services report, each with a stable type URI that clients can switch on.
 * Relative URIs, as RFC 9457 allows: they resolve against the API's own address.
 */
public enum ProblemType {

    /** Nothing more specific than the HTTP status: RFC 9457 says to use {@code about:blank}. */
    HTTP_STATUS("about:blank", null),
    VALIDATION_FAILED("/problems/validation-failed", "The request contains invalid values"),
    MALFORMED_JSON("/problems/malformed-json", "The request body is not well-formed JSON"),
    UNEXPECTED("/problems/unexpected", "Unexpected failure");

    private final URI uri;
    private final String title;

    ProblemType(String uri, String title) {
        this.uri = URI.create(uri);
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    /** The title for this kind, or {@code null} when the HTTP status phrase is the title. */
    public String title() {
        return title;
    }
}
