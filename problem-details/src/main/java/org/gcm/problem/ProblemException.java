package org.gcm.problem;

import java.net.URI;
import java.util.List;

/**
 * A refusal the domain decides, carried to the caller as a problem: a transition the lifecycle does not allow
 * (409), a stale {@code If-Match} (412), a rule of the business that a field breaks (400 or 422). The services
 * throw it from their service layer; {@link ProblemMappers} turns it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = URI.create(type);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** The resource is not in a state that allows the action, for example submitting a withdrawn request. */
    public static ProblemException stateConflict(String detail) {
        return new ProblemException(409, "/problems/state-conflict", "The action conflicts with the resource's state",
                detail, List.of());
    }

    /** A field breaks a business rule that Bean Validation cannot see (a country code that does not exist, ...). */
    public static ProblemException invalidField(String field, String rule, String message) {
        return new ProblemException(400, ProblemType.VALIDATION_FAILED.uri().toString(),
                ProblemType.VALIDATION_FAILED.title(), "1 field is invalid: " + field + " " + message + ".",
                List.of(new FieldError(field, rule, message)));
    }

    /** Several fields break business rules; {@code errors} must not be empty. */
    public static ProblemException invalidFields(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError only = errors.get(0);
            return invalidField(only.field(), only.rule(), only.message());
        }
        return new ProblemException(400, ProblemType.VALIDATION_FAILED.uri().toString(),
                ProblemType.VALIDATION_FAILED.title(), errors.size() + " fields are invalid; see errors.", errors);
    }

    /** No such resource, or none the caller may see: the answer is the same, so existence does not leak. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemType.HTTP_STATUS.uri().toString(), "Not Found", detail, List.of());
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
