package org.gcm.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.gcm.refusals.FieldError;

/** Builds HTTP responses that carry a {@link Problem} as {@code application/problem+json}. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, int status, String detail, String instance,
            List<FieldError> errors) {
        String title = type.title() != null ? type.title() : reasonPhrase(status);
        return new Problem(type.uri(), title, status, detail, instance, errors);
    }

    /** A problem of a kind that has its own status. */
    public static Response.ResponseBuilder of(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return of(type, type.status(), detail, instance, errors);
    }

    public static Response.ResponseBuilder of(ProblemType type, int status, String detail, String instance,
            List<FieldError> errors) {
        return of(problem(type, status, detail, instance, errors));
    }

    public static Response.ResponseBuilder of(int status, String detail, String instance) {
        return of(ProblemType.HTTP_STATUS, status, detail, instance, List.of());
    }

    public static Response.ResponseBuilder of(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
    }

    static String reasonPhrase(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }
}
