package org.gcm.hub.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String REQUEST_INPUT = """
            {"title": "Labour migration information centres",
             "country": "MEX", "authorityLevel": "NATIONAL", "objectives": [3, 6],
             "guidingPrinciples": ["people-centred", "gender-responsive"],
             "supportTypes": ["TECHNICAL", "FINANCIAL"], "languages": ["es"],
             "description": "One-stop centres giving prospective labour migrants pre-departure training and a route for complaints.",
             "estimatedBudget": {"amount": "1250000.00", "currency": "USD"},
             "startDate": "2027-01-01", "endDate": "2028-06-30",
             "focalPoints": [{"name": "Ana Torres", "function": "Director, Migration Policy Unit",
                              "email": "ana.torres@example.gob.mx", "phone": "+52 55 5555 0100"}]}""";

    static final String REQUEST_VIEW = """
            {"id": "3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11", "title": "Labour migration information centres",
             "country": "MEX", "authorityLevel": "NATIONAL", "objectives": [3, 6],
             "guidingPrinciples": ["people-centred", "gender-responsive"], "supportTypes": ["TECHNICAL", "FINANCIAL"],
             "languages": ["es"], "description": "One-stop centres giving prospective labour migrants pre-departure training.",
             "estimatedBudget": {"amount": "1250000.00", "currency": "USD"},
             "startDate": "2027-01-01", "endDate": "2028-06-30",
             "focalPoints": [{"name": "Ana Torres", "function": "Director, Migration Policy Unit",
                              "email": "ana.torres@example.gob.mx", "phone": "+52 55 5555 0100"}],
             "status": "SUBMITTED", "createdAt": "2026-11-20T09:12:00Z", "updatedAt": "2026-11-21T10:00:00Z",
             "submittedAt": "2026-11-21T10:00:00Z", "acknowledgeBy": "2026-12-01T10:00:00Z", "overdue": false,
             "version": 1}""";

    static final String ASSESSMENT = """
            {"scores": [{"criterion": "relevance", "score": 5, "comment": "Objectives 3 and 6 directly."},
                        {"criterion": "national-ownership", "score": 4},
                        {"criterion": "feasibility", "score": 4},
                        {"criterion": "sustainability", "score": 3, "comment": "Running costs after year 2 unclear."}],
             "rationale": "Relevant, owned by the Ministry of Labour, feasible in 18 months."}""";

    static final String FUNDING = """
            {"requestedAmount": {"amount": "250000.00", "currency": "USD"},
             "coFunding": [{"source": "Government of Mexico", "amount": {"amount": "400000.00", "currency": "USD"}}],
             "comment": "Seed funding for the first year."}""";

    static final String PARTNER = """
            {"id": "PRT-IOM", "verified": true,
             "profile": {"name": "International Organization for Migration", "acronym": "IOM", "unEntity": true,
                         "organisationType": 40, "expertise": [{"objective": 6, "level": 5, "years": 20}],
                         "countries": ["MEX", "GTM"], "languages": ["en", "es", "fr"], "capacity": 12,
                         "website": "https://www.iom.int"}}""";

    static final String ENGAGEMENT = """
            {"partnerId": "PRT-IOM", "role": "LEAD", "note": "Lead on the information centres."}""";

    private Examples() {
    }
}
