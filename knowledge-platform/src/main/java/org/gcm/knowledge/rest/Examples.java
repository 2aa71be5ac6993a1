package org.gcm.knowledge.rest;

/** Example bodies of the OpenAPI documentation that several operations share. */
final class Examples {

    static final String PRACTICE = """
            {"id": "0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e", "kind": "PRACTICE", "status": "DRAFT", "originalLanguage": "en",
             "title": {"en": "Pre-departure orientation for domestic workers"},
             "summary": {"en": "A two-day course on rights, contracts and complaint channels."}, "languages": ["en"],
             "objectives": [3, 6], "principles": ["people-centred"], "countries": ["PHL"], "regions": ["142", "035"],
             "organisations": [], "partners": [], "links": [], "demo": false,
             "createdAt": "2026-11-22T10:00:00Z", "updatedAt": "2026-11-22T10:00:00Z", "version": 0}""";

    static final String SEARCH = """
            {"items": [{"id": "0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e", "kind": "PRACTICE", "status": "PUBLISHED",
             "originalLanguage": "en", "title": {"en": "Pre-departure orientation for domestic workers"},
             "summary": {"en": "A two-day course."}, "objectives": [6], "principles": [], "countries": ["PHL"],
             "regions": ["142"], "languages": ["en"], "publishedAt": "2026-11-22T10:00:00Z", "score": 0.6}],
             "total": 41, "facets": {"objective": [{"value": "6", "count": 41}], "kind": [{"value": "PRACTICE", "count": 41}]},
             "nextCursor": "UkVMRVZBTkNFfDAuNnwyMDI2LTExLTIyVDEwOjAwWnwwYjdj"}""";

    static final String HISTORY = """
            {"items": [{"to": "DRAFT", "actor": "user-1", "reason": "created", "at": "2026-11-22T10:00:00Z"},
             {"from": "DRAFT", "to": "SUBMITTED", "actor": "user-1", "at": "2026-11-22T10:05:00Z"}], "total": 2}""";

    /** The two conflicts a publication can meet: the lifecycle's, and the review quorum's own kind. */
    static final String PUBLISH_STATE_CONFLICT = """
            {"type": "/problems/state-conflict", "title": "The action conflicts with the resource's state", "status": 409,
             "detail": "Practice 0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e is DRAFT; it can move to PUBLISHED only from [UNDER_REVIEW], so publish is refused."}""";
    static final String QUORUM_NOT_MET = """
            {"type": "/problems/review-quorum-not-met", "title": "The review quorum has not recommended publication", "status": 409,
             "detail": "Practice 0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e needs at least 1 UN and 2 external reviewers, cleared of conflicts, recommending PUBLISH; it has 1 UN and 1 external."}""";

    static final String REVIEW = """
            {"id": "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "reviewer": "reviewer-un-1", "affiliation": "UN", "state": "CLEARED",
             "recommendation": "PUBLISH", "comments": "Well documented.", "assignedBy": "editor-1",
             "assignedAt": "2026-11-22T10:00:00Z", "declaredAt": "2026-11-22T11:00:00Z", "recommendedAt": "2026-11-23T09:00:00Z", "version": 2}""";

    private Examples() {
    }
}
