package org.gcm.hub.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Explainable partner matching: per-factor scores, weights, deterministic ties, verified partners only. */
@QuarkusTest
class PartnerMatchingTest {

    private static final Map<Integer, Integer> EXPERT = Map.of(3, 5, 6, 5);

    @Test
    void partnersAreRankedByCountryThenRegionThenContinentWithEveryFactorExplained() {
        String request = Hub.accepted("KEN");
        String inCountry = Hub.partner(EXPERT, List.of("KEN"), 4);
        String inSubregion = Hub.partner(EXPERT, List.of("UGA"), 4);
        String onContinent = Hub.partner(EXPERT, List.of("NGA"), 4);
        JsonPath ranking = matches(request, Map.of());
        assertTrue(rank(ranking, inCountry) < rank(ranking, inSubregion));
        assertTrue(rank(ranking, inSubregion) < rank(ranking, onContinent));

        String top = "items.find { it.partnerId == '" + inCountry + "' }";
        assertEquals(0.9f, ranking.getFloat(top + ".score"), 0.0001, "0.35 + 0.2 + 0.1 + 0.1 + 0.15, no track record");
        assertEquals(List.of("objectives", "country", "region", "language", "capacity", "trackRecord"),
                ranking.getList(top + ".factors.name"));
        assertEquals(List.of(1.0f, 1.0f, 1.0f, 1.0f, 1.0f, 0.0f), ranking.getList(top + ".factors.score"));
        assertEquals(List.of(0.35f, 0.2f, 0.1f, 0.1f, 0.15f, 0.1f), ranking.getList(top + ".factors.weight"));
        assertEquals("objective 3: level 5/5 (5 years); objective 6: level 5/5 (5 years)",
                ranking.getString(top + ".factors[0].why"));
        assertEquals("operates in Eastern Africa", ranking.getString(top + ".factors[2].why"));
        String middle = "items.find { it.partnerId == '" + inSubregion + "' }";
        assertEquals(List.of(1.0f, 0.0f, 1.0f, 1.0f, 1.0f, 0.0f), ranking.getList(middle + ".factors.score"));
        assertEquals(0.5f, ranking.getFloat("items.find { it.partnerId == '" + onContinent + "' }.factors[2].score"));
        assertEquals(0.35f, ranking.getFloat("weights.objectives"));
    }

    @Test
    void objectiveExpertiseLanguageAndFreeCapacityCount() {
        String request = Hub.accepted("ETH");
        String expert = Hub.partner(EXPERT, List.of("ETH"), 4);
        String novice = Hub.partner(Map.of(3, 1), List.of("ETH"), 4);
        String english = "PRT-EN" + System.nanoTime();
        Hub.registerPartner(english, Bodies.partnerProfile("English only", EXPERT, List.of("ETH"), List.of("en"), 4), true);
        JsonPath ranking = matches(request, Map.of());
        String noviceFactors = "items.find { it.partnerId == '" + novice + "' }.factors";
        assertEquals(0.1f, ranking.getFloat(noviceFactors + "[0].score"), 0.0001, "(1/5 + 0) / 2");
        assertTrue(ranking.getString(noviceFactors + "[0].why").contains("objective 6: no expertise"));
        assertEquals(0f, ranking.getFloat("items.find { it.partnerId == '" + english + "' }.factors[3].score"));
        assertTrue(rank(ranking, expert) < rank(ranking, english));
        assertTrue(rank(ranking, english) < rank(ranking, novice));
    }

    @Test
    void callersOverrideWeightsPerQuery() {
        String request = Hub.accepted("TZA");
        String inCountry = Hub.partner(EXPERT, List.of("TZA"), 4);
        String elsewhere = Hub.partner(EXPERT, List.of("TZA", "CHL"), 4);
        String farAway = Hub.partner(EXPERT, List.of("CHL"), 4);
        JsonPath onlyExpertise = matches(request, Map.of("countryWeight", 0, "regionWeight", 0, "languageWeight", 0,
                "capacityWeight", 0, "trackRecordWeight", 0));
        assertEquals(1.0f, onlyExpertise.getFloat("items.find { it.partnerId == '" + farAway + "' }.score"));
        assertEquals(0.0f, onlyExpertise.getFloat("weights.country"));
        // Equal scores: the order falls back to expertise, free capacity, then the partner id.
        List<String> tied = List.of(inCountry, elsewhere, farAway).stream().sorted().toList();
        List<Integer> ranks = tied.stream().map(id -> rank(onlyExpertise, id)).toList();
        assertEquals(ranks.stream().sorted().toList(), ranks, "ties are ordered by partner id");
        given().auth().oauth2(Tokens.secretariat()).queryParam("countryWeight", -1)
                .when().get("/requests/" + request + "/partner-matches").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.secretariat()).queryParams(Map.of("objectivesWeight", 0, "countryWeight", 0,
                "regionWeight", 0, "languageWeight", 0, "capacityWeight", 0, "trackRecordWeight", 0))
                .when().get("/requests/" + request + "/partner-matches").then().statusCode(400)
                .body("detail", containsString("zero"));
    }

    @Test
    void theSameQueryGivesTheSameOrder() {
        String request = Hub.accepted("KEN");
        Hub.partner(EXPERT, List.of("KEN"), 4);
        Hub.partner(EXPERT, List.of("KEN"), 4);
        assertEquals(matches(request, Map.of()).getList("items.partnerId"),
                matches(request, Map.of()).getList("items.partnerId"));
    }

    @Test
    void unverifiedPartnersAreLeftOutUnlessAskedFor() {
        String request = Hub.accepted("KEN");
        String unverified = "PRT-UV" + System.nanoTime();
        Hub.registerPartner(unverified, Bodies.partnerProfile("Unchecked", EXPERT, List.of("KEN"), List.of("es"), 4), false);
        given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 200)
                .when().get("/requests/" + request + "/partner-matches").then().statusCode(200)
                .body("items.find { it.partnerId == '" + unverified + "' }", nullValue());
        given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 200).queryParam("includeUnverified", true)
                .when().get("/requests/" + request + "/partner-matches").then().statusCode(200)
                .body("includeUnverified", equalTo(true))
                .body("items.find { it.partnerId == '" + unverified + "' }.verification", equalTo("UNVERIFIED"));
    }

    @Test
    void acceptedEngagementsLowerTheCapacityFactorAtOnce() {
        String request = Hub.accepted("KEN");
        String partner = Hub.partner(EXPERT, List.of("KEN"), 2);
        String other = Hub.accepted("KEN");
        Hub.answer(partner, Hub.propose(other, partner, "LEAD"), "accept").statusCode(200);
        JsonPath ranking = matches(request, Map.of());
        assertEquals(0.5f, ranking.getFloat("items.find { it.partnerId == '" + partner + "' }.factors[4].score"));
        assertEquals("1 of 2 engagements free",
                ranking.getString("items.find { it.partnerId == '" + partner + "' }.factors[4].why"));
        given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 1)
                .when().get("/requests/" + request + "/partner-matches").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].rank", equalTo(1))
                .body("total", greaterThan(1)).body("items[0].score", lessThan(1.0001f));
    }

    private static JsonPath matches(String request, Map<String, ?> weights) {
        return given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 200).queryParams(weights)
                .when().get("/requests/" + request + "/partner-matches")
                .then().statusCode(200).extract().jsonPath();
    }

    private static int rank(JsonPath ranking, String partnerId) {
        return ranking.getInt("items.find { it.partnerId == '" + partnerId + "' }.rank");
    }
}
