package org.gcm.fund.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The ledger audited through the API: every movement with its entries, paged and filtered, for the fund's roles only. */
@QuarkusTest
class LedgerAuditTest {

    @Test
    void interestMovementsArePagedNewestFirstAndFilteredByKindAndValueDate() {
        List<String> recorded = new ArrayList<>();
        for (String day : List.of("2031-01-10", "2031-02-10", "2031-03-10")) {
            recorded.add(given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                    .body(Map.of("amount", FundApi.usd("10.00"), "earnedOn", day))
                    .when().post("/ledger/interest").then().statusCode(201).extract().path("movementId"));
        }
        JsonPath first = page("kind=INTEREST&from=2031-01-01&to=2031-12-31&limit=2&offset=0");
        JsonPath second = page("kind=INTEREST&from=2031-01-01&to=2031-12-31&limit=2&offset=2");

        assertEquals(3, first.getInt("total"));
        assertEquals(3, second.getInt("total"));
        assertEquals(List.of("2031-03-10", "2031-02-10"), first.getList("items.valueDate"));
        assertEquals(List.of("2031-01-10"), second.getList("items.valueDate"));
        List<String> ids = new ArrayList<>(first.getList("items.id"));
        ids.addAll(second.getList("items.id"));
        assertEquals(new HashSet<>(recorded), new HashSet<>(ids));
        assertEquals(List.of("INTEREST"), first.getList("items.kind").stream().distinct().toList());

        // The date range narrows: only February.
        JsonPath february = page("kind=INTEREST&from=2031-02-01&to=2031-02-28");
        assertEquals(1, february.getInt("total"));
        assertEquals(recorded.get(1), february.getString("items[0].id"));
        assertEquals("10.00", february.getString("items[0].amount.amount"));

        // One movement by its id, with the entries that put the interest into the unearmarked pool.
        given().auth().oauth2(Tokens.steeringCommittee()).when().get("/ledger/transactions/" + recorded.get(0))
                .then().statusCode(200)
                .body("kind", equalTo("INTEREST"))
                .body("valueDate", equalTo("2031-01-10"))
                .body("entries.pool", everyItem(equalTo("UNEARMARKED")));
    }

    @Test
    void everyMovementBalancesAndADepositShowsItsLegsInItsPool() {
        String contribution = FundApi.fundCountry("KIR", "40000.00");

        JsonPath deposit = page("contributionId=" + contribution);
        assertEquals(1, deposit.getInt("total"));
        assertEquals("DEPOSIT", deposit.getString("items[0].kind"));
        assertEquals("2026-11-20", deposit.getString("items[0].valueDate"));
        assertTrue(deposit.getString("items[0].description").contains(contribution));
        assertEquals(List.of("AVAILABLE", "CONTRIBUTIONS", "ADMINISTRATIVE_AGENT_FEES", "AVAILABLE"),
                deposit.getList("items[0].entries.account"));
        assertEquals("40400.00", deposit.getString("items[0].amount.amount")); // 40,000 in, and the 400 fee

        assertEquals(1, page("pool=COUNTRY:KIR&kind=DEPOSIT").getInt("total"));
        assertEquals(0, page("pool=COUNTRY:KIR&kind=INTEREST").getInt("total"));

        // Debits equal credits, and amount is their sum, for every movement of the first page of the whole ledger.
        JsonPath all = page("limit=200");
        List<Map<String, Object>> movements = all.getList("items");
        assertTrue(!movements.isEmpty());
        for (int i = 0; i < movements.size(); i++) {
            BigDecimal debits = sum(all.getList("items[" + i + "].entries.debit.amount"));
            BigDecimal credits = sum(all.getList("items[" + i + "].entries.credit.amount"));
            assertEquals(debits, credits, all.getString("items[" + i + "].id"));
            assertEquals(debits, new BigDecimal(all.getString("items[" + i + "].amount.amount")));
        }
    }

    @Test
    void aPoolsEntriesArePagedToo() {
        FundApi.fundCountry("TON", "1000.00");
        JsonPath first = given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/pools/COUNTRY:TON/entries?limit=3")
                .then().statusCode(200).extract().jsonPath();
        JsonPath rest = given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/pools/COUNTRY:TON/entries?limit=3&offset=3")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, first.getInt("total"));
        assertEquals(3, first.getList("items").size());
        assertEquals(1, rest.getList("items").size());
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrAnImpossibleDateIsRefusedNamingTheParameter() {
        given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/transactions?from=2027-01-01&to=2026-01-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/transactions?from=0000-01-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/transactions?limit=201")
                .then().statusCode(400);
    }

    @Test
    void onlyTheFundsManagersAndCommitteeAuditTheBooks() {
        String contributor = FundApi.contributor("60", null);
        for (String token : List.of(Tokens.donor(contributor), Tokens.memberState("KEN"), Tokens.secretariat())) {
            given().auth().oauth2(token).when().get("/ledger/transactions").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/ledger/transactions").then().statusCode(401);
        given().auth().oauth2(Tokens.steeringCommittee()).when().get("/ledger/transactions").then().statusCode(200);
    }

    private static JsonPath page(String query) {
        return given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/transactions?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal sum(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
