package org.gcm.fund.contributions;

import static io.restassured.RestAssured.given;
import static org.gcm.fund.support.FundApi.money;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every move of a contribution is in its history, readable by whoever may read the contribution. */
@QuarkusTest
class ContributionHistoryTest {

    @Test
    void theHistoryNamesWhoPledgedCommittedAndDepositedAndWhy() {
        String contributor = FundApi.contributor("10", "NOR");
        String id = FundApi.pledge(contributor, money("3000.00", "EUR"), Map.of("kind", "UNEARMARKED"));
        FundApi.commit(contributor, id);
        FundApi.deposit(id, money("1000.00", "EUR"), "1.1");
        FundApi.deposit(id, money("2000.00", "EUR"), "1.1");
        given().auth().oauth2(Tokens.donor(contributor)).when().get("/contributions/" + id + "/history")
                .then().statusCode(200)
                .body("action", equalTo(List.of("create", "commit", "deposit", "deposit")))
                .body("to", equalTo(List.of("PLEDGED", "COMMITTED", "DEPOSITED", "DEPOSITED")))
                .body("role", equalTo(List.of("donor", "donor", "fund-manager", "fund-manager")))
                .body("actor[2]", equalTo("fund-manager-1"))
                .body("comment[1]", containsString("SAA-"))
                .body("comment[3]", containsString("2000.00 EUR at 1.1"));
        given().auth().oauth2(Tokens.donor(FundApi.contributor("60", null))).when().get("/contributions/" + id + "/history")
                .then().statusCode(404);
    }

    @Test
    void aCancellationIsRecordedWithItsReason() {
        String contributor = FundApi.contributor("70", null);
        String id = FundApi.pledge(contributor, FundApi.usd("10.00"), Map.of("kind", "UNEARMARKED"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(Map.of("reason", "Pledged twice"))
                .when().post("/contributions/" + id + "/cancel").then().statusCode(200);
        given().auth().oauth2(Tokens.steeringCommittee()).when().get("/contributions/" + id + "/history")
                .then().statusCode(200)
                .body("action", equalTo(List.of("create", "cancel")))
                .body("from[1]", equalTo("PLEDGED"))
                .body("role[1]", equalTo("fund-manager"))
                .body("comment[1]", equalTo("Pledged twice"));
    }
}
