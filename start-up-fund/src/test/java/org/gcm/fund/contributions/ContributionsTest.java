package org.gcm.fund.contributions;

import static io.restassured.RestAssured.given;
import static org.gcm.fund.support.FundApi.money;
import static org.gcm.fund.support.FundApi.usd;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gcm.fund.support.Broker;
import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Contributors and the contribution lifecycle: pledge, commitment, deposits, cancellation; keyed creations; ownership. */
@QuarkusTest
class ContributionsTest {

    private static final Map<String, Object> UNEARMARKED = Map.of("kind", "UNEARMARKED");

    @Test
    void aDonorPortalPledgesInEurosForItselfAndARetryWithTheSameKeyCreatesNothingNew() {
        String contributor = FundApi.contributor("10", "NLD");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("amount", money("1000000.00", "EUR"), "earmarking", Map.of("kind", "COUNTRY", "value", "NOR"));
        String id = given().auth().oauth2(Tokens.donor(contributor)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/contributions")
                .then().statusCode(201)
                .header("Location", containsString("/contributions/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("PLEDGED"))
                .body("contributorId", equalTo(contributor))
                .body("amount.amount", equalTo("1000000.00"))
                .body("amount.currency", equalTo("EUR"))
                .body("pool", equalTo("COUNTRY:NOR"))
                .extract().path("id");

        given().auth().oauth2(Tokens.donor(contributor)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/contributions")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        given().auth().oauth2(Tokens.donor(contributor)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("amount", money("2.00", "EUR"), "earmarking", UNEARMARKED))
                .when().post("/contributions")
                .then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.donor(contributor)).queryParam("limit", 200)
                .when().get("/contributions")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", hasItem(id));
    }

    @Test
    void invalidPledgesAreRefusedNamingEachField() {
        String contributor = FundApi.contributor("60", null);
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", money("100.00", "XYZ"), "earmarking", UNEARMARKED))
                .when().post("/contributions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amount.currency"))
                .body("errors.rule", hasItem("CurrencyCode"));
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", money("100.50", "JPY"), "earmarking", UNEARMARKED))
                .when().post("/contributions")
                .then().statusCode(400)
                .body("errors.rule", hasItem("minor-units"));
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", money("12.345", "EUR"), "earmarking", Map.of("kind", "OBJECTIVE", "value", "24")))
                .when().post("/contributions")
                .then().statusCode(400)
                .body("errors.field", hasItem("amount.amount"));
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", money("12.00", "EUR"), "earmarking", Map.of("kind", "OBJECTIVE", "value", "24")))
                .when().post("/contributions")
                .then().statusCode(400)
                .body("errors.field", hasItem("earmarking.value"))
                .body("errors.rule", hasItem("earmark-objective"));
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", money("12.00", "EUR"), "earmarking", Map.of("kind", "THEMATIC_AREA", "value", "TA9")))
                .when().post("/contributions")
                .then().statusCode(400)
                .body("errors.rule", hasItem("earmark-thematic-area"));
    }

    @Test
    void aCommitmentThenADepositAtItsRateEntersTheBooksAndIsPublished() {
        String contributor = FundApi.contributor("10", "DEU");
        String id = FundApi.pledge(contributor, money("200000.00", "EUR"), Map.of("kind", "COUNTRY", "value", "NOR"));

        given().auth().oauth2(Tokens.donor(contributor)).header("If-Match", "\"41\"").contentType(ContentType.JSON)
                .body(Map.of("agreementReference", "SAA-1", "signedOn", "2026-11-01"))
                .when().post("/contributions/" + id + "/commit")
                .then().statusCode(412);
        given().auth().oauth2(Tokens.donor(contributor)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("agreementReference", "SAA-1", "signedOn", "2026-11-01"))
                .when().post("/contributions/" + id + "/commit")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("COMMITTED"))
                .body("agreementReference", equalTo("SAA-1"));

        // Donors do not record deposits.
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("amount", money("50000.00", "EUR"), "exchangeRate", "1.0842", "depositedOn", "2026-11-20"))
                .when().post("/contributions/" + id + "/deposits")
                .then().statusCode(403);

        String deposit = FundApi.deposit(id, money("50000.00", "EUR"), "1.0842")
                .body("usdValue.amount", equalTo("54210.00"))
                .body("exchangeRate", equalTo("1.0842"))
                .extract().path("id");
        FundApi.deposit(id, money("10000.01", "EUR"), "1.08425")
                .body("usdValue.amount", equalTo("10842.51"));

        given().auth().oauth2(Tokens.donor(contributor)).when().get("/contributions/" + id)
                .then().statusCode(200)
                .body("status", equalTo("DEPOSITED"))
                .body("deposited.amount", equalTo("60000.01"))
                .body("depositedUsd.amount", equalTo("65052.51"))
                .body("deposits.size()", equalTo(2));
        given().auth().oauth2(Tokens.donor(contributor)).when().get("/contributions/" + id + "/deposits/" + deposit)
                .then().statusCode(200)
                .body("amount.currency", equalTo("EUR"));

        // More than committed, another currency, or a wrong USD rate: refused, each field named.
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("amount", money("150000.00", "EUR"), "exchangeRate", "1.08", "depositedOn", "2026-11-20"))
                .when().post("/contributions/" + id + "/deposits")
                .then().statusCode(400)
                .body("errors.rule", hasItem("within-commitment"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("amount", money("10.00", "USD"), "exchangeRate", "-1", "depositedOn", "2026-11-20"))
                .when().post("/contributions/" + id + "/deposits")
                .then().statusCode(400)
                .body("errors.field", hasItems("exchangeRate"));

        // Deposited money cannot be cancelled.
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON).body(Map.of("reason", "changed our mind"))
                .when().post("/contributions/" + id + "/cancel")
                .then().statusCode(409)
                .body("detail", containsString("DEPOSITED"));

        String event = Broker.await("fund.contributions", id, value -> value.contains(deposit), 1).get(0).value();
        assertTrue(event.contains("\"type\":\"org.gcm.fund.ContributionDeposited\""), event);
        assertTrue(event.contains("\"usdValue\":{\"amount\":\"54210.00\",\"currency\":\"USD\"}"), event);
        assertTrue(event.contains("\"contributorType\":\"10\""), event);
        assertTrue(event.contains("\"earmarking\":{\"kind\":\"COUNTRY\",\"value\":\"NOR\"}"), event);
    }

    @Test
    void aPledgeIsCancelledWithAReasonAndCannotBeCommittedAfterwards() {
        String contributor = FundApi.contributor("70", null);
        String id = FundApi.pledge(contributor, usd("5000.00"), UNEARMARKED);
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON).body(Map.of("reason", "Budget cut"))
                .when().post("/contributions/" + id + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Budget cut"));
        given().auth().oauth2(Tokens.donor(contributor)).contentType(ContentType.JSON)
                .body(Map.of("agreementReference", "SAA-2", "signedOn", "2026-11-01"))
                .when().post("/contributions/" + id + "/commit")
                .then().statusCode(409)
                .body("detail", containsString("CANCELLED"))
                .body("detail", containsString("PLEDGED"));
    }

    @Test
    void aDonorReachesOnlyItsOwnContributor() {
        String mine = FundApi.contributor("60", null);
        String theirs = FundApi.contributor("60", null);
        String theirContribution = FundApi.pledge(theirs, usd("1000.00"), UNEARMARKED);

        given().auth().oauth2(Tokens.donor(mine)).when().get("/contributors/" + mine).then().statusCode(200)
                .body("contacts[0].email", equalTo("jo@example.org"));
        given().auth().oauth2(Tokens.donor(mine)).when().get("/contributors/" + theirs).then().statusCode(404);
        given().auth().oauth2(Tokens.donor(mine)).when().get("/contributors/" + theirs + "/statement").then().statusCode(404);
        given().auth().oauth2(Tokens.donor(mine)).when().get("/contributions/" + theirContribution).then().statusCode(404);
        given().auth().oauth2(Tokens.donor(mine)).contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                .when().post("/contributions/" + theirContribution + "/cancel").then().statusCode(404);
        given().auth().oauth2(Tokens.donor(mine)).contentType(ContentType.JSON)
                .body(Map.of("contributorId", theirs, "amount", usd("1.00"), "earmarking", UNEARMARKED))
                .when().post("/contributions").then().statusCode(404);
        given().auth().oauth2(Tokens.donor(mine)).queryParam("contributorId", theirs).when().get("/contributions")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.donor(mine)).when().get("/contributors")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", everyItem(equalTo(mine)));
        given().auth().oauth2(Tokens.steeringCommittee()).queryParam("contributorId", theirs).when().get("/contributions")
                .then().statusCode(200).body("items.id", hasItem(theirContribution));
    }

    @Test
    void contributorsAreRegisteredWithTheirIatiTypeAndCountryWhereRelevant() {
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Ministry without a country", "organisationType", "10"))
                .when().post("/contributors")
                .then().statusCode(400)
                .body("errors.rule", hasItem("required-for-public-sector"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Unknown type", "organisationType", "99", "country", "XXX"))
                .when().post("/contributors")
                .then().statusCode(400)
                .body("errors.field", hasItems("organisationType", "country"));
        String id = given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("name", "Open Borders Foundation", "organisationType", "60"))
                .when().post("/contributors")
                .then().statusCode(201)
                .body("organisationTypeName", equalTo("Foundation"))
                .extract().path("id");
        assertTrue(id.startsWith("CTR-"), id);
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Twin", "organisationType", "60"))
                .when().post("/contributors")
                .then().statusCode(409);
        List<String> ids = given().auth().oauth2(Tokens.fundManager()).queryParam("limit", 200).when().get("/contributors")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(ids.contains(id));
        given().auth().oauth2(Tokens.fundManager()).queryParam("limit", 201).when().get("/contributors")
                .then().statusCode(400);
        assertEquals(404, given().auth().oauth2(Tokens.fundManager()).when().get("/contributors/CTR-NOPE").statusCode());
    }
}
