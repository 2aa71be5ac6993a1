package org.gcm.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Requests of the connection hub, made and moved through the gateway as the realm's demo identities would. */
final class HubRequests {

    private final Api api;
    private final Tokens tokens;
    private String memberState;
    private String secretariat;
    private String iom;
    private String undp;

    HubRequests(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** Fresh tokens for every identity used here (they last 15 minutes). */
    HubRequests signIn() throws IOException, InterruptedException {
        memberState = tokens.of("ms-mexico");
        secretariat = tokens.of("secretariat-officer");
        iom = tokens.of("partner-iom");
        undp = tokens.of("partner-undp");
        return this;
    }

    String memberStateToken() {
        return memberState;
    }

    String secretariatToken() {
        return secretariat;
    }

    /** The body a Member State system posts to create a request (the intake benchmark posts it too). */
    static Map<String, Object> newRequest(String title) {
        return Map.ofEntries(
                Map.entry("title", title),
                Map.entry("country", "MEX"),
                Map.entry("authorityLevel", "NATIONAL"),
                Map.entry("objectives", List.of(6, 7)),
                Map.entry("guidingPrinciples", List.of("people-centred", "gender-responsive")),
                Map.entry("supportTypes", List.of("TECHNICAL", "FINANCIAL")),
                Map.entry("languages", List.of("es", "en")),
                Map.entry("description", "One-stop centres that give prospective labour migrants pre-departure training"
                        + " and fair recruitment information."),
                Map.entry("estimatedBudget", Map.of("amount", "450000.00", "currency", "USD")),
                Map.entry("startDate", LocalDate.now().plusMonths(2).toString()),
                Map.entry("endDate", LocalDate.now().plusMonths(20).toString()),
                Map.entry("focalPoints", List.of(Map.of("name", "Focal Point", "function", "Director",
                        "email", "focal.point@example.org"))));
    }

    /** Created, submitted, assessed and accepted: ready for partner matching. Returns its id. */
    String accepted(String title) throws IOException, InterruptedException {
        String id = api.post("/api/hub/requests", memberState, newRequest(title), 201).get("id").asText();
        action(memberState, id, "submit", Map.of());
        action(secretariat, id, "assess", Map.of());
        List<Map<String, Object>> scores = List.of("relevance", "national-ownership", "feasibility", "sustainability")
                .stream().<Map<String, Object>>map(c -> Map.of("criterion", c, "score", 4)).toList();
        action(secretariat, id, "accept", Map.of("scores", scores, "rationale", "Relevant to objectives 6 and 7."));
        return id;
    }

    /** Accepted, then IOM (lead) and UNDP agree to implement it: ready for funding. Returns its id. */
    String implementationAgreed(String title) throws IOException, InterruptedException {
        String id = accepted(title);
        engagementAccepted(id, "PRT-IOM", "LEAD", iom);
        engagementAccepted(id, "PRT-UNDP", "IMPLEMENTING", undp);
        return id;
    }

    /** The secretariat asks the fund for seed money: the hub commits FundingRequested to its outbox. */
    void requestFunding(String id) throws IOException, InterruptedException {
        action(secretariat, id, "request-funding", Map.of(
                "requestedAmount", Map.of("amount", "50000.00", "currency", "USD"),
                "coFunding", List.of(Map.of("source", "Government of Mexico",
                        "amount", Map.of("amount", "25000.00", "currency", "USD")))));
    }

    private void engagementAccepted(String requestId, String partnerId, String role, String partnerToken)
            throws IOException, InterruptedException {
        JsonNode engagement = api.post("/api/hub/requests/" + requestId + "/engagements", secretariat,
                Map.of("partnerId", partnerId, "role", role), 201);
        api.post("/api/hub/engagements/" + engagement.get("id").asText() + "/accept", partnerToken, Map.of(), 200);
    }

    private void action(String token, String id, String action, Object body) throws IOException, InterruptedException {
        api.post("/api/hub/requests/" + id + "/" + action, token, body, 200);
    }
}
