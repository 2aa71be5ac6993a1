package org.gcm.fund.tranches;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gcm.events.contract.EventTypes;
import org.gcm.fund.support.Broker;
import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Tranches out of the reservation through the ledger, TrancheDisbursed, and closure with its refund and release. */
@QuarkusTest
class TranchesTest {

    private static Map<String, Object> closure(String spent) {
        return Map.of("finalExpenditure", FundApi.usd(spent), "finalReport", "All outputs delivered");
    }

    @Test
    void tranchesMoveMoneyOutOfTheReservationAndClosureRefundsTheUnspentToItsPool() {
        FundApi.fundCountry("MEX", "500000.00");
        String grant = FundApi.underReview("MEX", "200000.00", List.of(5));
        FundApi.approve(grant).body("status", equalTo("APPROVED"));
        int first = FundApi.planTranche(grant, "120000.00");
        int second = FundApi.planTranche(grant, "80000.00");
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("amount", FundApi.usd("0.01"), "plannedOn", "2027-09-01"))
                .when().post("/grants/" + grant + "/tranches")
                .then().statusCode(400)
                .body("errors.rule", hasItem("within-grant"));

        given().auth().oauth2(Tokens.fundManager()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(Map.of("disbursedOn", "2027-01-20"))
                .when().post("/grants/" + grant + "/tranches/" + first + "/disburse")
                .then().statusCode(412);
        FundApi.disburse(grant, first)
                .body("status", equalTo("DISBURSED"))
                .body("indirectCost.amount", equalTo("8400.00"));
        given().auth().oauth2(Tokens.memberState("MEX")).when().get("/grants/" + grant)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("disbursedToDate.amount", equalTo("120000.00"));
        FundApi.pool("COUNTRY:MEX")
                .body("transfers.amount", equalTo("120000.00"))
                .body("indirectCosts.amount", equalTo("8400.00"))
                .body("reserved.amount", equalTo("85600.00"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(Map.of("disbursedOn", "2027-01-21"))
                .when().post("/grants/" + grant + "/tranches/" + first + "/disburse")
                .then().statusCode(409)
                .body("detail", containsString("DISBURSED"));
        FundApi.disburse(grant, second).body("indirectCost.amount", equalTo("5600.00"));
        FundApi.pool("COUNTRY:MEX").body("reserved.amount", equalTo("0.00"));

        String event = Broker.await("fund.grants", grant, v -> v.contains(EventTypes.TRANCHE_DISBURSED)
                && v.contains("\"trancheNumber\":2"), 1).get(0).value();
        assertTrue(event.contains("\"disbursedToDate\":{\"amount\":\"200000.00\",\"currency\":\"USD\"}"), event);
        assertTrue(event.contains("\"amount\":{\"amount\":\"80000.00\",\"currency\":\"USD\"}"), event);

        given().auth().oauth2(Tokens.steeringCommittee()).contentType(ContentType.JSON).body(closure("190000.00"))
                .when().post("/grants/" + grant + "/close").then().statusCode(403);
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(closure("200000.01"))
                .when().post("/grants/" + grant + "/close").then().statusCode(400)
                .body("errors.rule", hasItem("within-transfers"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(closure("190000.00"))
                .when().post("/grants/" + grant + "/close")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("refunded.amount", equalTo("10000.00"))
                .body("released.amount", equalTo("0.00"))
                .body("reservation[0].refunded.amount", equalTo("10000.00"));
        FundApi.pool("COUNTRY:MEX")
                .body("refunds.amount", equalTo("10000.00"))
                .body("available.amount", equalTo("291000.00"));
    }

    @Test
    void closingEarlyReleasesWhatWasNeverDisbursed() {
        FundApi.fundCountry("COL", "200000.00");
        String grant = FundApi.underReview("COL", "100000.00", List.of(5));
        FundApi.approve(grant);
        FundApi.disburse(grant, FundApi.planTranche(grant, "50000.00"));
        FundApi.planTranche(grant, "50000.00");
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(closure("50000.00"))
                .when().post("/grants/" + grant + "/close")
                .then().statusCode(200)
                .body("released.amount", equalTo("53500.00"))
                .body("refunded.amount", equalTo("0.00"));
        FundApi.pool("COUNTRY:COL")
                .body("reserved.amount", equalTo("0.00"))
                .body("available.amount", equalTo("144500.00"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(Map.of("disbursedOn", "2027-05-01"))
                .when().post("/grants/" + grant + "/tranches/2/disburse")
                .then().statusCode(409)
                .body("detail", containsString("CLOSED"));
        given().auth().oauth2(Tokens.memberState("COL")).when().get("/grants/" + grant + "/tranches")
                .then().statusCode(200).body("status", equalTo(List.of("DISBURSED", "PLANNED")));
        given().auth().oauth2(Tokens.memberState("PER")).when().get("/grants/" + grant + "/tranches").then().statusCode(404);
    }
}
