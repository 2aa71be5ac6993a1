package org.gcm.fund.limits;

import static io.restassured.RestAssured.given;
import static org.gcm.fund.support.FundApi.money;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The declared limits hold at the server: each class of hostile input the outside campaign sent (issue 17) is a 400
 * problem naming the field as the client wrote it, and nothing is stored.
 */
@QuarkusTest
class InputLimitsTest {

    private static final Map<String, Object> UNEARMARKED = Map.of("kind", "UNEARMARKED");

    @Test
    void anOversizeStringIsRefusedAndTheCommitmentNotRecorded() {
        String contributor = FundApi.contributor("60", null);
        String contribution = FundApi.pledge(contributor, money("1000.00", "EUR"), UNEARMARKED);

        refused(given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("agreementReference", "S".repeat(121), "signedOn", "2026-11-01"))
                .when().post("/contributions/" + contribution + "/commit").then(), "agreementReference");

        stillPledged(contributor, contribution);
    }

    @Test
    void anOversizeListIsRefusedAndTheContributorNotRegistered() {
        List<Map<String, Object>> contacts = Collections.nCopies(21, Map.of("name", "Jo Test", "email", "jo@example.org"));
        refused(given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("id", "CTR-LIMITS-LIST", "name", "Many contacts", "organisationType", "60", "contacts", contacts))
                .when().post("/contributors").then(), "contacts");

        given().auth().oauth2(Tokens.fundManager()).when().get("/contributors/CTR-LIMITS-LIST").then().statusCode(404);
    }

    @Test
    void moneyWithThreeDecimalsEighteenDigitsOrAsAJsonNumberIsRefusedAndNothingPledged() {
        String contributor = FundApi.contributor("60", null);
        List<Object> amounts = new ArrayList<>(List.of("100.125", "123456789012345678"));
        amounts.add(100.25);
        for (Object amount : amounts) {
            refused(given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                    .body(Map.of("amount", Map.of("amount", amount, "currency", "EUR"), "earmarking", UNEARMARKED))
                    .when().post("/contributions").then(), "amount.amount");
        }
        nothingPledgedBy(contributor);
    }

    @Test
    void aCurrencyThatIsNoCurrencyIsRefusedAndNothingPledged() {
        String contributor = FundApi.contributor("60", null);
        for (String code : List.of("XXX", "XTS", "XAU")) {
            refused(given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                    .body(Map.of("amount", money("100.00", code), "earmarking", UNEARMARKED))
                    .when().post("/contributions").then(), "amount.currency");
        }
        nothingPledgedBy(contributor);
    }

    @Test
    void anAbsurdExchangeRateIsRefusedAndNothingDeposited() {
        String contributor = FundApi.contributor("60", null);
        String small = FundApi.pledge(contributor, money("1000.00", "EUR"), UNEARMARKED);
        FundApi.commit(contributor, small);
        // 1e9999 and 20 digits overflow the books' numeric(24,10); eleven decimals would be rounded silently.
        for (String rate : List.of("1e9999", "12345678901234567890", "1.12345678901")) {
            refused(deposit(small, money("1000.00", "EUR"), rate), "exchangeRate");
        }
        // A rate the books hold, but a US dollar value they do not.
        String large = FundApi.pledge(contributor, money("99999999999999999.00", "EUR"), UNEARMARKED);
        FundApi.commit(contributor, large);
        refused(deposit(large, money("99999999999999999.00", "EUR"), "99999999999999"), "exchangeRate");

        for (String contribution : List.of(small, large)) {
            given().auth().oauth2(Tokens.fundManager()).when().get("/contributions/" + contribution)
                    .then().statusCode(200).body("status", equalTo("COMMITTED")).body("deposits.size()", equalTo(0));
        }
    }

    private static ValidatableResponse deposit(String contribution, Map<String, Object> amount, String rate) {
        return given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "exchangeRate", rate, "depositedOn", "2026-11-20"))
                .when().post("/contributions/" + contribution + "/deposits").then();
    }

    @Test
    void anImpossibleDateIsRefusedAndTheCommitmentNotRecorded() {
        String contributor = FundApi.contributor("60", null);
        String contribution = FundApi.pledge(contributor, money("1000.00", "EUR"), UNEARMARKED);
        for (String date : List.of("0000-01-01", "+99999-01-01", "1899-12-31")) {
            refused(given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                    .body(Map.of("agreementReference", "SAA-1", "signedOn", date))
                    .when().post("/contributions/" + contribution + "/commit").then(), "signedOn");
        }
        stillPledged(contributor, contribution);
    }

    @Test
    void aNullOrEmptyBodyOnAnActionThatNeedsOneIsRefusedNamingTheBody() {
        String contributor = FundApi.contributor("60", null);
        String contribution = FundApi.pledge(contributor, money("1000.00", "EUR"), UNEARMARKED);
        refused(given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON).body("null")
                .when().post("/contributions/" + contribution + "/commit").then(), "body");
        refused(given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .when().post("/contributions/" + contribution + "/cancel").then(), "body");
        stillPledged(contributor, contribution);
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static void stillPledged(String contributor, String contribution) {
        given().auth().oauth2(Tokens.donor(contributor)).when().get("/contributions/" + contribution)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("PLEDGED")).body("agreementReference", nullValue());
    }

    private static void nothingPledgedBy(String contributor) {
        given().auth().oauth2(Tokens.fundManager()).when().get("/contributions?contributorId=" + contributor)
                .then().statusCode(200).body("total", equalTo(0));
    }
}
