package org.gcm.fund.grants;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every move of a grant is in its history: who, in which role, when, from where to where and why. */
@QuarkusTest
class GrantHistoryTest {

    @Test
    void aGrantsHistoryNamesEachMoveItsActorAndRoleAndIsReadableByWhoeverMayReadTheGrant() {
        FundApi.fundCountry("NPL", "500000.00");
        String grant = FundApi.underReview("NPL", "100000.00", List.of(3));
        FundApi.approve(grant).body("status", equalTo("APPROVED"));
        FundApi.disburse(grant, FundApi.planTranche(grant, "40000.00"));
        FundApi.disburse(grant, FundApi.planTranche(grant, "60000.00"));

        history(grant, Tokens.memberState("NPL"))
                .body("action", equalTo(List.of("create", "screen", "start-review", "approve", "disburse", "disburse")))
                .body("from", equalTo(Arrays.asList(null, "RECEIVED", "SCREENED", "UNDER_REVIEW", "APPROVED", "ACTIVE")))
                .body("to", equalTo(List.of("RECEIVED", "SCREENED", "UNDER_REVIEW", "APPROVED", "ACTIVE", "ACTIVE")))
                .body("actor", equalTo(List.of("fund-manager-1", "fund-manager-1", "fund-manager-1", "steering-committee-1",
                        "fund-manager-1", "fund-manager-1")))
                .body("role", equalTo(List.of("fund-manager", "fund-manager", "fund-manager", "steering-committee",
                        "fund-manager", "fund-manager")))
                .body("at", everyItem(notNullValue()))
                .body("[3].comment", containsString("COUNTRY:NPL"))
                .body("[5].comment", containsString("Tranche 2"));
        history(grant, Tokens.steeringCommittee()).body("size()", equalTo(6));
        given().auth().oauth2(Tokens.memberState("KEN")).when().get("/grants/" + grant + "/history")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.donor("CTR-X")).when().get("/grants/" + grant + "/history")
                .then().statusCode(403);
    }

    @Test
    void theReasonOfARejectionAndTheFundItselfFundingAPipelinedGrantAreRecorded() {
        String rejected = FundApi.underReview("BTN", "50000.00", List.of(4));
        FundApi.reject(rejected, "Outside the fund's priorities this year");
        history(rejected, Tokens.fundManager())
                .body("action[3]", equalTo("reject"))
                .body("role[3]", equalTo("steering-committee"))
                .body("comment[3]", equalTo("Outside the fund's priorities this year"));

        FundApi.fundCountry("BTN", "100000.00");
        String waiting = FundApi.underReview("BTN", "100000.00", List.of(4));
        FundApi.approve(waiting).body("status", equalTo("PIPELINE"));
        FundApi.fundCountry("BTN", "20000.00");
        history(waiting, Tokens.fundManager())
                .body("action", equalTo(List.of("create", "screen", "start-review", "pipeline", "fund-pipelined")))
                .body("actor[4]", equalTo("start-up-fund"))
                .body("role[4]", equalTo("system"))
                .body("to[4]", equalTo("APPROVED"));
    }

    @Test
    void markersAndAFailedScreeningAreRecordedWithTheFailedRules() {
        Map<String, Object> application = FundApi.application("LAO", "100000.00", List.of(9));
        application.put("endDate", "2031-12-31");
        application.remove("genderMarker");
        String grant = FundApi.open(application);
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(Map.of("genderMarker", 1, "humanRightsMarker", 1))
                .when().post("/grants/" + grant + "/markers").then().statusCode(200);
        FundApi.action(grant, "screen", Tokens.fundManager()).body("status", equalTo("REJECTED"));
        history(grant, Tokens.fundManager())
                .body("action", equalTo(List.of("create", "set-markers", "reject-at-screening")))
                .body("from[1]", equalTo("RECEIVED"))
                .body("to[1]", equalTo("RECEIVED"))
                .body("comment[1]", equalTo("gender 1, human rights 1"))
                .body("comment[2]", containsString("duration"));
    }

    private static ValidatableResponse history(String grant, String token) {
        return given().auth().oauth2(token).when().get("/grants/" + grant + "/history").then().statusCode(200);
    }
}
