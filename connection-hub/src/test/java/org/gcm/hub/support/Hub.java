package org.gcm.hub.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Drives the hub through its API, so that tests can bring a request to the state they start from. */
public final class Hub {

    private Hub() {
    }

    public static String createRequest(String country) {
        return given().auth().oauth2(Tokens.memberState(country)).contentType(ContentType.JSON)
                .body(Bodies.request(country))
                .when().post("/requests")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse act(String token, String requestId, String action, Object body) {
        var call = given().auth().oauth2(token);
        if (body != null) {
            // Actions without a body are sent without one, and without a content type, as simple clients do.
            call = call.contentType(ContentType.JSON).body(body);
        }
        return call.when().post("/requests/" + requestId + "/" + action).then();
    }

    public static String submitted(String country) {
        String id = createRequest(country);
        act(Tokens.memberState(country), id, "submit", null).statusCode(200);
        return id;
    }

    public static String underAssessment(String country) {
        String id = submitted(country);
        act(Tokens.secretariat(), id, "assess", null).statusCode(200);
        return id;
    }

    public static String accepted(String country) {
        String id = underAssessment(country);
        act(Tokens.secretariat(), id, "accept", Bodies.assessment()).statusCode(200);
        return id;
    }

    /** Registers a verified partner with a fresh id, operating in the given countries. */
    public static String partner(Map<Integer, Integer> expertise, List<String> countries, int capacity) {
        String id = "PRT-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        registerPartner(id, Bodies.partnerProfile("Test partner " + id, expertise, countries, List.of("en", "es"),
                capacity), true);
        return id;
    }

    public static void registerPartner(String id, Map<String, Object> profile, boolean verified) {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Bodies.newPartner(id, profile, verified))
                .when().post("/partners")
                .then().statusCode(201);
    }

    public static String propose(String requestId, String partnerId, String role) {
        return given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", partnerId, "role", role))
                .when().post("/requests/" + requestId + "/engagements")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse answer(String partnerId, String engagementId, String answer) {
        return given().auth().oauth2(Tokens.partner(partnerId))
                .when().post("/engagements/" + engagementId + "/" + answer).then();
    }

    /** An accepted request whose lead and one implementing partner have accepted: IMPLEMENTATION_AGREED. */
    public static Agreed agreed(String country) {
        String id = accepted(country);
        String lead = partner(Map.of(3, 5, 6, 4), List.of(country), 5);
        String other = partner(Map.of(6, 3), List.of(country), 5);
        answer(lead, propose(id, lead, "LEAD"), "accept").statusCode(200);
        answer(other, propose(id, other, "IMPLEMENTING"), "accept").statusCode(200);
        return new Agreed(id, lead, other);
    }

    public record Agreed(String requestId, String lead, String other) {
    }

    public static Map<String, Object> funding() {
        return Map.of("requestedAmount", Bodies.money("250000.00", "USD"),
                "coFunding", List.of(Map.of("source", "Government of Mexico", "amount", Bodies.money("400000.00", "USD"))));
    }

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }
}
