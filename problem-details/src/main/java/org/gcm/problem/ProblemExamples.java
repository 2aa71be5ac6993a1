package org.gcm.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gcm.refusals.FieldError;
import org.gcm.refusals.StateConflict;

/**
 * The documented example of each kind of refusal, by status: what {@link ProblemMappers} really answers, with a
 * sample detail. Every service's OpenAPI document shows these (through {@link ProblemResponsesFilter}), and every
 * service's tests compare them with real answers, so that the documentation cannot drift from the behaviour.
 */
public final class ProblemExamples {

    private ProblemExamples() {
    }

    /** The examples of the refusals answered with {@code status}, by name; empty for a status with none. */
    public static Map<String, Problem> of(String status) {
        Map<String, Problem> examples = new LinkedHashMap<>();
        switch (status) {
            case "400" -> {
                examples.put("validation-failed", problem(ProblemType.VALIDATION_FAILED,
                        "1 field is invalid: objectives must not be empty.",
                        List.of(new FieldError("objectives", "NotEmpty", "must not be empty"))));
                examples.put("malformed-json", problem(ProblemType.MALFORMED_JSON,
                        "Unexpected end-of-input: expected close marker for Object (line 1, column 15)", List.of()));
            }
            case "401" -> examples.put("unauthorized", status(401,
                    "A valid bearer token is required for this resource."));
            case "403" -> examples.put("forbidden", problem(ProblemType.FORBIDDEN,
                    "Your role does not allow this operation.", List.of()));
            case "404" -> examples.put("not-found", problem(ProblemType.NOT_FOUND,
                    "There is no request 3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11.", List.of()));
            case "409" -> {
                examples.put("state-conflict", problem(ProblemType.STATE_CONFLICT,
                        "Request 3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11 is DRAFT; it can move to ACCEPTED only from "
                                + "[UNDER_ASSESSMENT], so accept is refused.", List.of()));
                examples.put("already-exists", new Problem(URI.create("/problems/" + StateConflict.ALREADY_EXISTS.name()),
                        StateConflict.ALREADY_EXISTS.title(), 409, "Contributor CTR-NOR-001 exists already.", null, null));
                examples.put("concurrent-change", problem(ProblemType.CONCURRENT_CHANGE,
                        "Another change to this resource was committed while yours ran; yours was not applied. Read "
                                + "the resource again and retry.", List.of()));
            }
            case "412" -> examples.put("precondition-failed", problem(ProblemType.PRECONDITION_FAILED,
                    "If-Match \"3\" does not match the current ETag \"4\" of request "
                            + "3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11; read it again and retry with its ETag.",
                    List.of(new FieldError("If-Match", "current-version", "must name the current ETag \"4\""))));
            case "413" -> examples.put("content-too-large", status(413,
                    "The request body is longer than the 10485760 bytes this service accepts."));
            case "414" -> examples.put("uri-too-long", status(414,
                    "The request target (path and query) is 5120 characters long; this service accepts at most 4096."));
            case "415" -> examples.put("unsupported-media-type", status(415,
                    "Content-Type text/plain is not accepted here; this operation takes application/json."));
            case "431" -> examples.put("header-fields-too-large", status(431,
                    "The request's header lines add up to 24576 bytes; this service accepts at most 20480."));
            case "422" -> examples.put("idempotency-key-reused", problem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key 7d1c0f2a was used earlier on POST /requests with a different body; use a new "
                            + "key for a new request.", List.of()));
            case "500" -> examples.put("unexpected", problem(ProblemType.UNEXPECTED,
                    "The service could not complete the request. Quote error id "
                            + "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b to the operators.", List.of()));
            default -> {
            }
        }
        return examples;
    }

    /** A problem that says it by its status ({@code about:blank}). */
    private static Problem status(int status, String detail) {
        return ProblemResponses.problem(ProblemType.HTTP_STATUS, status, detail, null, List.of());
    }

    private static Problem problem(ProblemType type, String detail, List<FieldError> errors) {
        return ProblemResponses.problem(type, type.status(), detail, null, errors);
    }
}
