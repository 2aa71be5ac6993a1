package org.gcm.hub.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the tests, valid unless a test changes them. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> request(String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Labour migration information centres");
        body.put("country", country);
        body.put("authorityLevel", "NATIONAL");
        body.put("objectives", List.of(3, 6));
        body.put("guidingPrinciples", List.of("people-centred", "gender-responsive"));
        body.put("supportTypes", List.of("TECHNICAL", "FINANCIAL"));
        body.put("languages", List.of("es"));
        body.put("description", "One-stop centres giving prospective labour migrants pre-departure training "
                + "and a route for complaints about recruitment.");
        body.put("estimatedBudget", money("1250000.00", "USD"));
        body.put("startDate", "2027-01-01");
        body.put("endDate", "2028-06-30");
        body.put("focalPoints", List.of(Map.of("name", "Ana Torres", "function", "Director, Migration Policy Unit",
                "email", "ana.torres@example.org", "phone", "+52 55 5555 0100")));
        return body;
    }

    public static Map<String, String> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    public static Map<String, Object> assessment() {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String criterion : List.of("relevance", "national-ownership", "feasibility", "sustainability")) {
            scores.add(Map.of("criterion", criterion, "score", 4));
        }
        return Map.of("scores", scores, "rationale", "Relevant to objectives 3 and 6, nationally owned, feasible.");
    }

    /** A partner profile: expertise as objective -> level, the countries where it operates, its capacity. */
    public static Map<String, Object> partnerProfile(String name, Map<Integer, Integer> expertise,
            List<String> countries, List<String> languages, int capacity) {
        List<Map<String, Object>> levels = new ArrayList<>();
        expertise.forEach((objective, level) -> levels.add(Map.of("objective", objective, "level", level, "years", 5)));
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("acronym", name.length() > 10 ? name.substring(0, 10) : name);
        profile.put("unEntity", false);
        profile.put("organisationType", 21);
        profile.put("expertise", levels);
        profile.put("countries", countries);
        profile.put("languages", languages);
        profile.put("capacity", capacity);
        return profile;
    }

    public static Map<String, Object> newPartner(String id, Map<String, Object> profile, boolean verified) {
        return Map.of("id", id, "profile", profile, "verified", verified);
    }
}
