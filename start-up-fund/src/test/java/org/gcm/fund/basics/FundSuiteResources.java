package org.gcm.fund.basics;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gcm.caller.Roles;
import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.gcm.testsupport.api.Baseline;
import org.gcm.testsupport.api.Callers;
import org.gcm.testsupport.api.SuiteResources;

/**
 * The real resources the hostile-input and role-boundary suites call the fund's operations on, made once per test
 * JVM through the API: a contributor with a pledged and a deposited contribution, KEN grants received, under review
 * and approved (with a planned tranche), and the valid call of every operation on them.
 */
final class FundSuiteResources implements SuiteResources {

    static final String COUNTRY = "KEN";

    private static FundSuiteResources made;

    final String contributor;
    final String otherContributor;
    final String pledged;
    final String deposited;
    final String deposit;
    final String received;
    final String underReview;
    final String approved;
    final int tranche;
    final String transaction;

    private FundSuiteResources() {
        contributor = FundApi.contributor("60", null);
        otherContributor = FundApi.contributor("60", null);
        pledged = FundApi.pledge(contributor, FundApi.usd("1000.00"), Map.of("kind", "UNEARMARKED"));
        deposited = FundApi.pledge(contributor, FundApi.usd("900000.00"), Map.of("kind", "COUNTRY", "value", COUNTRY));
        FundApi.commit(contributor, deposited);
        deposit = FundApi.deposit(deposited, FundApi.usd("900000.00"), "1").extract().path("id");
        received = FundApi.open(FundApi.application(COUNTRY, "50000.00", List.of(1, 6)));
        underReview = FundApi.underReview(COUNTRY, "50000.00", List.of(1, 6));
        approved = FundApi.underReview(COUNTRY, "50000.00", List.of(1, 6));
        FundApi.approve(approved);
        tranche = FundApi.planTranche(approved, "10000.00");
        transaction = given().auth().oauth2(Tokens.fundManager()).when().get("/ledger/transactions")
                .then().statusCode(200).extract().path("items[0].id");
    }

    static synchronized FundSuiteResources get() {
        if (made == null) {
            made = new FundSuiteResources();
        }
        return made;
    }

    /** Every realm role, owning these resources where a role is scoped (the KEN member state, the donor). */
    @Override
    public Callers callers() {
        return Callers.ofTheRealm().with(Roles.MEMBER_STATE, Tokens.memberState(COUNTRY))
                .with(Roles.DONOR, Tokens.donor(contributor));
    }

    @Override
    public Map<String, Baseline> baselines() {
        Map<String, Baseline> calls = new HashMap<>();
        calls.put("pledgeContribution", Baseline.call().body(Map.of("contributorId", contributor,
                "amount", FundApi.usd("1000.00"), "earmarking", Map.of("kind", "THEMATIC_AREA", "value", "TA2"),
                "pledgedOn", "2026-11-02")));
        for (String read : List.of("getContribution", "getContributionHistory")) {
            calls.put(read, Baseline.call().path("id", deposited));
        }
        calls.put("cancelContribution", Baseline.call().path("id", pledged).body(Map.of("reason", "Budget cut")));
        calls.put("commitContribution", Baseline.call().path("id", pledged)
                .body(Map.of("agreementReference", "SAA-2026-0042", "signedOn", "2026-11-15")));
        calls.put("recordDeposit", Baseline.call().path("id", pledged)
                .body(Map.of("amount", FundApi.usd("1000.00"), "exchangeRate", "1.0842", "depositedOn", "2026-11-20")));
        calls.put("getDeposit", Baseline.call().path("id", deposited).path("depositId", deposit));
        calls.put("registerContributor", Baseline.call().body(Map.of("id", "CTR-SUITE-1", "name", "Suite foundation",
                "organisationType", "60", "contacts", List.of(Map.of("name", "Jo Test", "email", "jo@example.org",
                        "role", "Desk officer")))));
        for (String read : List.of("getContributor", "getContributorStatement")) {
            calls.put(read, Baseline.call().path("id", contributor));
        }
        calls.put("openGrant", Baseline.call().body(FundApi.application(COUNTRY, "50000.00", List.of(1, 6))));
        for (String read : List.of("getGrant", "getGrantHistory", "listFollowOnFunding", "listReviewNotes",
                "listTranches")) {
            calls.put(read, onGrant(approved));
        }
        calls.put("approveGrant", onGrant(underReview).body(Map.of("approvedAmount", FundApi.usd("50000.00"))));
        calls.put("rejectGrant", onGrant(underReview).body(Map.of("reason", "Duplicates an activity funded in 2026.")));
        calls.put("addReviewNote", onGrant(underReview).body(Map.of("text", "Strong national ownership.")));
        calls.put("closeGrant", onGrant(approved).body(Map.of("finalExpenditure", FundApi.usd("1000.00"),
                "finalReport", "All outputs delivered.")));
        calls.put("recordFollowOnFunding", onGrant(approved).body(Map.of("source", "World Bank",
                "amount", FundApi.usd("1500000.00"), "securedOn", "2028-09-01")));
        calls.put("setGrantMarkers", onGrant(received).body(Map.of("genderMarker", 1, "humanRightsMarker", 2)));
        calls.put("screenGrant", onGrant(received));
        calls.put("startGrantReview", onGrant(received));
        calls.put("planTranche", onGrant(approved).body(Map.of("amount", FundApi.usd("1000.00"),
                "plannedOn", "2027-01-15")));
        calls.put("getTranche", onGrant(approved).path("number", String.valueOf(tranche)));
        calls.put("disburseTranche", onGrant(approved).path("number", String.valueOf(tranche))
                .body(Map.of("disbursedOn", "2027-01-20")));
        calls.put("recordInterest", Baseline.call().body(Map.of("amount", FundApi.usd("12.50"), "earnedOn", "2026-12-31")));
        for (String pool : List.of("getPool", "listPoolEntries")) {
            calls.put(pool, Baseline.call().path("pool", "COUNTRY:" + COUNTRY));
        }
        calls.put("getLedgerTransaction", Baseline.call().path("id", transaction));
        calls.put("getFiguresCsvFile", Baseline.call().path("name", "key-figures"));
        calls.put("replayDeadLetter", Baseline.call().path("id", "0-999999"));
        return calls;
    }

    private static Baseline onGrant(String grant) {
        return Baseline.call().path("id", grant);
    }
}
