package org.gcm.problem;

import java.net.URI;
import java.util.List;

import org.gcm.refusals.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details object, the body of every error answer of every service.
 *
 * @param type     identifies the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param title    a short, human-readable summary of the kind of problem
 * @param status   the HTTP status code, repeated for clients that only keep the body
 * @param detail   what went wrong with this request, in words a client developer can act on
 * @param instance the request path the problem occurred on
 * @param errors   for invalid input: each offending field and the rule it broke
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
