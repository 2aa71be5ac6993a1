package org.gcm.knowledge.rest;

/** Media types and example bodies shared by the OpenAPI annotations of this module's resources. */
final class Problems {

    static final String JSON = "application/problem+json";
    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404, "detail": "No practice 0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e."}""";
    static final String CONFLICT = """
            {"type": "/problems/state-conflict", "title": "The action is not allowed in the current state", "status": 409, \
            "detail": "Practice 0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e is DRAFT; it can move to PUBLISHED only from [UNDER_REVIEW]."}""";
    static final String INVALID = """
            {"type": "/problems/validation-failed", "title": "The request contains invalid values", "status": 400, \
            "errors": [{"field": "objectives", "rule": "Size", "message": "must name at least one GCM objective (1 to 23)"}]}""";

    private Problems() {
    }
}
