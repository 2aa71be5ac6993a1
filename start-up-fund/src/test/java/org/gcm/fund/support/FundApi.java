package org.gcm.fund.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The fund's API as the tests drive it: each step asserts its success status and returns what the next step needs. */
public final class FundApi {

    private FundApi() {
    }

    public static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    public static Map<String, Object> usd(String amount) {
        return money(amount, "USD");
    }

    /** Registers a contributor with a fresh id; returns the id. */
    public static String contributor(String type, String country) {
        String id = "CTR-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var body = new java.util.HashMap<String, Object>(Map.of("id", id, "name", "Test contributor " + id,
                "organisationType", type, "contacts", List.of(Map.of("name", "Jo Test", "email", "jo@example.org"))));
        if (country != null) {
            body.put("country", country);
        }
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(body)
                .when().post("/contributors").then().statusCode(201);
        return id;
    }

    public static String pledge(String contributorId, Map<String, Object> amount, Map<String, Object> earmarking) {
        return given().auth().oauth2(Tokens.donor(contributorId)).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "earmarking", earmarking))
                .when().post("/contributions").then().statusCode(201).extract().path("id");
    }

    public static void commit(String contributorId, String contributionId) {
        given().auth().oauth2(Tokens.donor(contributorId)).contentType(ContentType.JSON)
                .body(Map.of("agreementReference", "SAA-" + contributionId.substring(0, 8), "signedOn", "2026-11-01"))
                .when().post("/contributions/" + contributionId + "/commit").then().statusCode(200);
    }

    public static ValidatableResponse deposit(String contributionId, Map<String, Object> amount, String rate) {
        return given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "exchangeRate", rate, "depositedOn", "2026-11-20"))
                .when().post("/contributions/" + contributionId + "/deposits").then().statusCode(201);
    }

    /** A committed and deposited USD contribution earmarked for a country, from a new contributor; returns its id. */
    public static String fundCountry(String country, String usdAmount) {
        String contributor = contributor("60", null);
        String contribution = pledge(contributor, usd(usdAmount), Map.of("kind", "COUNTRY", "value", country));
        commit(contributor, contribution);
        deposit(contribution, usd(usdAmount), "1");
        return contribution;
    }

    /** A grant application that passes every screening rule. */
    public static Map<String, Object> application(String country, String requestedUsd, List<Integer> objectives) {
        return new java.util.HashMap<>(Map.ofEntries(
                Map.entry("requestId", "REQ-" + UUID.randomUUID()),
                Map.entry("requestingCountry", country),
                Map.entry("authorityLevel", "NATIONAL"),
                Map.entry("title", "Seed project in " + country),
                Map.entry("description", "A joint project that the fund seeds"),
                Map.entry("objectives", objectives),
                Map.entry("requestedAmount", usd(requestedUsd)),
                Map.entry("estimatedBudget", usd("900000.00")),
                Map.entry("coFunding", List.of(Map.of("source", "Government of " + country, "amount", usd("100000.00")))),
                Map.entry("startDate", "2027-01-01"),
                Map.entry("endDate", "2028-06-30"),
                Map.entry("implementingOrganisations", List.of(
                        Map.of("partnerId", "PTN-IOM", "name", "IOM", "role", "LEAD"),
                        Map.of("partnerId", "PTN-ILO", "name", "ILO", "role", "PARTNER"))),
                Map.entry("genderMarker", 1),
                Map.entry("humanRightsMarker", 2)));
    }

    public static String open(Map<String, Object> application) {
        return given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(application)
                .when().post("/grants").then().statusCode(201).extract().path("id");
    }

    /** Opens, screens and puts under review a passing application; returns the grant id. */
    public static String underReview(String country, String requestedUsd, List<Integer> objectives) {
        String grant = open(application(country, requestedUsd, objectives));
        action(grant, "screen", Tokens.fundManager()).body("status", org.hamcrest.Matchers.equalTo("SCREENED"));
        action(grant, "start-review", Tokens.fundManager()).body("status", org.hamcrest.Matchers.equalTo("UNDER_REVIEW"));
        return grant;
    }

    public static ValidatableResponse action(String grant, String action, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/grants/" + grant + "/" + action).then().statusCode(200);
    }

    public static ValidatableResponse approve(String grant) {
        return action(grant, "approve", Tokens.steeringCommittee());
    }

    public static void reject(String grant, String reason) {
        given().auth().oauth2(Tokens.steeringCommittee()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/grants/" + grant + "/reject").then().statusCode(200);
    }

    public static int planTranche(String grant, String usdAmount) {
        return given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("amount", usd(usdAmount), "plannedOn", "2027-01-15"))
                .when().post("/grants/" + grant + "/tranches").then().statusCode(201).extract().path("number");
    }

    public static ValidatableResponse disburse(String grant, int number) {
        return given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("disbursedOn", "2027-01-20"))
                .when().post("/grants/" + grant + "/tranches/" + number + "/disburse").then().statusCode(200);
    }

    public static ValidatableResponse pool(String pool) {
        return given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/pools/" + pool).then().statusCode(200);
    }

    public static java.math.BigDecimal available(String pool) {
        return given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/pools/" + pool)
                .then().extract().statusCode() == 404 ? java.math.BigDecimal.ZERO
                        : new java.math.BigDecimal(pool(pool).extract().<String>path("available.amount"));
    }
}
