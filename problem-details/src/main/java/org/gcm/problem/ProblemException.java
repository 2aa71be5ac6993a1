package org.gcm.problem;

import java.util.List;

import org.gcm.refusals.FieldError;

/**
 * A refusal decided at the HTTP edge by the web-layer libraries (write-guards: an Idempotency-Key reused with
 * another body, or malformed), of a {@link ProblemType} they name. Services do not throw it: their domain says no
 * with an {@link org.gcm.refusals.Refusal}, which {@link ProblemMappers} maps in the same way.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        if (type.status() == 0) {
            throw new IllegalArgumentException("A problem exception names a kind with its own status, not " + type);
        }
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
