package org.gcm.fund.figures;

import static io.restassured.RestAssured.given;
import static org.gcm.fund.support.FundApi.money;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The contributor's statement and the public figures: they add up to the cent; JSON and CSV; leverage. */
@QuarkusTest
class FiguresTest {

    @Test
    void theWorkedExampleAddsUpToTheCentInTheStatementAndThePublicFigures() {
        JsonPath before = figures();
        String contributor = FundApi.contributor("10", "NLD");
        String contribution = FundApi.pledge(contributor, money("1000000.00", "EUR"), Map.of("kind", "COUNTRY", "value", "PHL"));
        FundApi.commit(contributor, contribution);
        FundApi.deposit(contribution, money("1000000.00", "EUR"), "1.0842").body("usdValue.amount", equalTo("1084200.00"));
        String grant = FundApi.underReview("PHL", "250000.00", List.of(16));
        FundApi.approve(grant).body("status", equalTo("APPROVED"));
        FundApi.disburse(grant, FundApi.planTranche(grant, "100000.00"));

        given().auth().oauth2(Tokens.donor(contributor)).when().get("/contributors/" + contributor + "/statement")
                .then().statusCode(200)
                .body("totals[0].currency", equalTo("EUR"))
                .body("totals[0].pledged.amount", equalTo("1000000.00"))
                .body("totals[0].committed.amount", equalTo("1000000.00"))
                .body("totals[0].deposited.amount", equalTo("1000000.00"))
                .body("depositedUsd.amount", equalTo("1084200.00"))
                .body("byEarmark[0].pool", equalTo("COUNTRY:PHL"))
                .body("byEarmark[0].shareOfPool", equalTo("1.0000"))
                .body("byEarmark[0].poolUse.contributions.amount", equalTo("1084200.00"))
                .body("byEarmark[0].poolUse.administrativeAgentFees.amount", equalTo("10842.00"))
                .body("byEarmark[0].poolUse.transfers.amount", equalTo("100000.00"))
                .body("byEarmark[0].poolUse.indirectCosts.amount", equalTo("7000.00"))
                .body("byEarmark[0].poolUse.reserved.amount", equalTo("160500.00"))
                .body("byEarmark[0].poolUse.available.amount", equalTo("805858.00"))
                .body("byEarmark[0].grants[0].grantId", equalTo(grant))
                .body("byEarmark[0].grants[0].reservedFromPool.amount", equalTo("267500.00"))
                .body("byEarmark[0].grants[0].transferredFromPool.amount", equalTo("100000.00"));

        JsonPath after = figures();
        assertEquals(new BigDecimal("1084200.00"), delta(before, after, "sources.contributions"));
        assertEquals(new BigDecimal("10842.00"), delta(before, after, "uses.administrativeAgentFees"));
        assertEquals(new BigDecimal("100000.00"), delta(before, after, "uses.transfers"));
        assertEquals(new BigDecimal("7000.00"), delta(before, after, "uses.indirectCosts"));
        assertEquals(new BigDecimal("966358.00"), delta(before, after, "balance.total"));
        // Sources - uses = balance, to the cent, for the whole fund.
        assertEquals(amount(after, "sources.total").subtract(amount(after, "uses.total")), amount(after, "balance.total"));
        assertEquals(amount(after, "balance.available").add(amount(after, "balance.reserved")), amount(after, "balance.total"));
    }

    @Test
    void thePublicFiguresAreReadableAnonymouslyAsJsonAndCsv() {
        given().when().get("/figures")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("currency", equalTo("USD"))
                .body("sources.contributions.currency", equalTo("USD"));
        given().accept("text/csv").when().get("/figures")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(startsWith("section,item,amount_usd\r\nsources,contributions,"));
        given().when().get("/figures/key-figures.csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("balance,total,"));
        given().when().get("/figures/thematic-areas")
                .then().statusCode(200)
                .body("area", hasItem("TA1"))
                .body("area", hasItem("UNEARMARKED"));
        given().when().get("/figures/thematic-areas.csv")
                .then().statusCode(200)
                .body(startsWith("area,objectives,available_usd,approved_usd,pipeline_usd,gap_usd\r\nTA1,1 3 17 23,"));
        given().accept("text/csv").when().get("/figures/contributors")
                .then().statusCode(200)
                .body(startsWith("name,organisation_type,country,committed,deposited_usd"));
        given().when().get("/figures/contributors").then().statusCode(200).body("[0].name", org.hamcrest.Matchers.notNullValue());
        given().when().get("/figures/no-such.csv").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void followOnFundingAfterASeedGrantIsItsLeverage() {
        FundApi.fundCountry("VNM", "300000.00");
        String grant = FundApi.underReview("VNM", "200000.00", List.of(20));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("source", "World Bank", "amount", FundApi.usd("300000.00"), "securedOn", "2028-09-01"))
                .when().post("/grants/" + grant + "/follow-on-funding")
                .then().statusCode(409);
        FundApi.approve(grant);
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("source", "World Bank", "amount", FundApi.usd("300000.00"), "securedOn", "2028-09-01"))
                .when().post("/grants/" + grant + "/follow-on-funding")
                .then().statusCode(201)
                .body("amount.amount", equalTo("300000.00"));
        given().auth().oauth2(Tokens.memberState("VNM")).when().get("/grants/" + grant + "/follow-on-funding")
                .then().statusCode(200).body("source", equalTo(List.of("World Bank")));
        given().when().get("/figures/leverage")
                .then().statusCode(200)
                .body("grants.find { it.grantId == '" + grant + "' }.leverage", equalTo("1.50"))
                .body("grants.find { it.grantId == '" + grant + "' }.followOn.amount", equalTo("300000.00"));
        given().when().get("/figures/leverage.csv").then().statusCode(200).body(containsString(grant + ",VNM,"));
    }

    private static JsonPath figures() {
        return given().when().get("/figures").then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal amount(JsonPath figures, String path) {
        return new BigDecimal(figures.getString(path + ".amount"));
    }

    private static BigDecimal delta(JsonPath before, JsonPath after, String path) {
        return amount(after, path).subtract(amount(before, path));
    }
}
