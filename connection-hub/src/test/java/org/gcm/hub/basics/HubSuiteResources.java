package org.gcm.hub.basics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gcm.caller.Roles;
import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.gcm.testsupport.api.Baseline;
import org.gcm.testsupport.api.Callers;
import org.gcm.testsupport.api.SuiteResources;

/**
 * The real resources the hostile-input and role-boundary suites call the hub's operations on, made once per test
 * JVM through the API: a MEX request in each state an action needs, a verified partner with an engagement offered
 * to it, and the valid call of every operation on them.
 */
final class HubSuiteResources implements SuiteResources {

    static final String COUNTRY = "MEX";

    private static HubSuiteResources made;

    final String draft;
    final String underAssessment;
    final String accepted;
    final String partner;
    final String otherPartner;
    final String engagement;

    private HubSuiteResources() {
        draft = Hub.createRequest(COUNTRY);
        underAssessment = Hub.underAssessment(COUNTRY);
        accepted = Hub.accepted(COUNTRY);
        partner = Hub.partner(Map.of(3, 5, 6, 4), List.of(COUNTRY), 5);
        otherPartner = Hub.partner(Map.of(6, 3), List.of(COUNTRY), 5);
        engagement = Hub.propose(accepted, partner, "LEAD");
    }

    static synchronized HubSuiteResources get() {
        if (made == null) {
            made = new HubSuiteResources();
        }
        return made;
    }

    /** Every realm role, owning these resources where a role is scoped (the MEX member state, the partner). */
    @Override
    public Callers callers() {
        return Callers.ofTheRealm().with(Roles.MEMBER_STATE, Tokens.memberState(COUNTRY))
                .with(Roles.PARTNER, Tokens.partner(partner));
    }

    @Override
    public Map<String, Baseline> baselines() {
        Map<String, Object> comment = Map.of("comment", "Checked with the ministry.");
        Map<String, Object> text = Map.of("text", "Please add the number of counties covered.");
        Map<String, Object> profile = Bodies.partnerProfile("Suite partner", Map.of(6, 3), List.of(COUNTRY),
                List.of("en"), 4);
        Map<String, Baseline> calls = new HashMap<>();
        calls.put("createRequest", Baseline.call().body(Bodies.request(COUNTRY)));
        calls.put("editRequest", on(draft).body(Bodies.request(COUNTRY)));
        for (String read : List.of("getRequest", "requestHistory", "requestCorrespondence", "requestEngagements",
                "similarInitiatives", "matchPartners", "erasePersonalData")) {
            calls.put(read, on(accepted));
        }
        calls.put("submitRequest", on(draft).body(comment));
        calls.put("withdrawRequest", on(draft).body(comment));
        calls.put("completeRequest", on(accepted).body(comment));
        calls.put("startAssessment", on(underAssessment).body(comment));
        calls.put("acceptRequest", on(underAssessment).body(Bodies.assessment()));
        calls.put("declineRequest", on(underAssessment).body(Bodies.assessment()));
        calls.put("adviseRequester", on(underAssessment).body(text));
        calls.put("requestInformation", on(underAssessment).body(text));
        calls.put("provideInformation", on(underAssessment).body(text));
        calls.put("proposeEngagement", on(accepted).body(Map.of("partnerId", otherPartner, "role", "IMPLEMENTING",
                "note", "Implements the county centres.")));
        calls.put("requestFunding", on(accepted).body(Hub.funding()));
        calls.put("getEngagement", Baseline.call().path("engagementId", engagement));
        calls.put("acceptEngagement", Baseline.call().path("engagementId", engagement).body(comment));
        calls.put("declineEngagement", Baseline.call().path("engagementId", engagement).body(comment));
        calls.put("registerPartner", Baseline.call().body(Bodies.newPartner("PRT-SUITE-" + shortId(), profile, true)));
        calls.put("updatePartner", Baseline.call().path("id", partner).body(profile));
        for (String read : List.of("getPartner", "verifyPartner", "suspendPartner")) {
            calls.put(read, Baseline.call().path("id", partner));
        }
        calls.put("replayDeadLetter", Baseline.call().path("id", UUID.randomUUID().toString()));
        return calls;
    }

    private static Baseline on(String requestId) {
        return Baseline.call().path("id", requestId);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
