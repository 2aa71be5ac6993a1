package org.gcm.fund.grants;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.gcm.fund.support.FundApi.usd;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gcm.events.contract.CloudEventEnvelopes;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.payload.AuthorityLevel;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.Money;
import org.gcm.fund.support.Broker;
import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Seed grants up to the decision: opened by FundingRequested or directly, screened, reviewed, approved, pipelined, rejected. */
@QuarkusTest
class GrantsTest {

    @Inject
    CloudEventEnvelopes envelopes;

    @Test
    void aFundingRequestFromTheBrokerOpensOneApplicationThatFailsScreeningWithNamedRules() {
        String requestId = "REQ-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String envelope = fundingRequested(eventId, requestId, "GHA", List.of(lead()), List.of());
        Broker.send("hub.requests", requestId, envelope);
        Broker.send("hub.requests", requestId, envelope);
        // Another type on the topic is skipped; a marker behind them on the same partition proves both were handled.
        String markerRequest = requestId;
        String markerEvent = fundingRequested(UUID.randomUUID().toString(), markerRequest, "GHA", List.of(lead(), partner()),
                List.of(new FundingRequested.CoFunding("Government of Ghana", new Money("50000.00", "USD"))));
        Broker.send("hub.requests", requestId, markerEvent);
        await().atMost(Broker.PATIENCE).until(() -> grants(requestId).size() == 2);

        List<Map<String, Object>> opened = grants(requestId);
        Map<String, Object> single = opened.stream()
                .filter(g -> ((List<?>) g.get("implementingOrganisations")).size() == 1).findFirst().orElseThrow();
        assertEquals(1, opened.stream().filter(g -> ((List<?>) g.get("implementingOrganisations")).size() == 1).count(),
                "the redelivered event opened nothing new");
        String grant = (String) single.get("id");
        assertEquals("RECEIVED", single.get("status"));

        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body("{}")
                .when().post("/grants/" + grant + "/screen")
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("screening.passed", equalTo(false))
                .body("screening.rules.findAll { !it.passed }.rule",
                        hasItems("joint-implementation", "co-funding", "gender-marker", "human-rights-marker"))
                .body("rejectionReason", containsString("joint-implementation"));
        String rejected = Broker.await("fund.grants", grant, v -> v.contains(EventTypes.GRANT_REJECTED), 1).get(0).value();
        assertTrue(rejected.contains(requestId) && rejected.contains("\"requestingCountry\":\"GHA\""), rejected);
    }

    @Test
    void anApplicationFromTheHubPassesScreeningOnceMarkedAndTheCommitteeApprovesIt() {
        FundApi.fundCountry("GHA", "500000.00");
        String requestId = "REQ-" + UUID.randomUUID();
        Broker.send("hub.requests", requestId, fundingRequested(UUID.randomUUID().toString(), requestId, "GHA",
                List.of(lead(), partner()),
                List.of(new FundingRequested.CoFunding("Government of Ghana", new Money("50000.00", "USD")))));
        await().atMost(Broker.PATIENCE).until(() -> grants(requestId).size() == 1);
        String grant = (String) grants(requestId).get(0).get("id");

        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(Map.of("genderMarker", 1, "humanRightsMarker", 2))
                .when().post("/grants/" + grant + "/markers")
                .then().statusCode(200)
                .body("screening.passed", equalTo(true));
        FundApi.action(grant, "screen", Tokens.fundManager()).body("status", equalTo("SCREENED"));
        // The committee decides only once the application is under review.
        given().auth().oauth2(Tokens.steeringCommittee()).contentType(ContentType.JSON).body("{}")
                .when().post("/grants/" + grant + "/approve")
                .then().statusCode(409)
                .body("detail", containsString("SCREENED"))
                .body("detail", containsString("UNDER_REVIEW"));
        FundApi.action(grant, "start-review", Tokens.fundManager()).body("status", equalTo("UNDER_REVIEW"));
        for (String token : List.of(Tokens.fundManager(), Tokens.steeringCommittee())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", "Sound joint arrangement"))
                    .when().post("/grants/" + grant + "/notes").then().statusCode(201);
        }
        given().auth().oauth2(Tokens.steeringCommittee()).when().get("/grants/" + grant + "/notes")
                .then().statusCode(200)
                .body("authorRole", equalTo(List.of("fund-manager", "steering-committee")));
        // Fund managers run grants but do not decide.
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body("{}")
                .when().post("/grants/" + grant + "/approve").then().statusCode(403);

        FundApi.approve(grant)
                .body("status", equalTo("APPROVED"))
                .body("approvedAmount.amount", equalTo("120000.00"))
                .body("indirectCost.amount", equalTo("8400.00"))
                .body("reservation[0].pool", equalTo("COUNTRY:GHA"))
                .body("reservation[0].reserved.amount", equalTo("128400.00"));
        String approved = Broker.await("fund.grants", grant, v -> v.contains(EventTypes.GRANT_APPROVED), 1).get(0).value();
        assertTrue(approved.contains("\"approvedAmount\":{\"amount\":\"120000.00\",\"currency\":\"USD\"}"), approved);

        given().auth().oauth2(Tokens.memberState("GHA")).when().get("/grants/" + grant).then().statusCode(200);
        given().auth().oauth2(Tokens.memberState("KEN")).when().get("/grants/" + grant).then().statusCode(404);
        given().auth().oauth2(Tokens.memberState("KEN")).queryParam("requestId", requestId).when().get("/grants")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.memberState("GHA")).queryParam("requestId", requestId).when().get("/grants")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void screeningNamesEveryRuleADirectApplicationBreaks() {
        Map<String, Object> application = FundApi.application("TZA", "450000.00", List.of(7));
        application.put("endDate", "2030-12-31");
        application.put("coFunding", List.of());
        application.remove("genderMarker");
        String grant = FundApi.open(application);
        FundApi.action(grant, "screen", Tokens.fundManager())
                .body("status", equalTo("REJECTED"))
                .body("screening.rules.findAll { !it.passed }.rule",
                        equalTo(List.of("ceiling", "duration", "co-funding", "gender-marker")));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON)
                .body(Map.of("requestId", "R", "requestingCountry", "XXA"))
                .when().post("/grants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("authorityLevel", "title", "objectives", "requestedAmount"));
        Map<String, Object> euros = FundApi.application("TZA", "1000.00", List.of(7));
        euros.put("requestedAmount", FundApi.money("1000.00", "EUR"));
        given().auth().oauth2(Tokens.fundManager()).contentType(ContentType.JSON).body(euros)
                .when().post("/grants")
                .then().statusCode(400)
                .body("errors.field", hasItems("requestedAmount.currency"));
    }

    @Test
    void anApprovalDrawsOnTheMatchingEarmarksFirst() {
        String contributor = FundApi.contributor("60", null);
        String objective = FundApi.pledge(contributor, usd("10000.00"), Map.of("kind", "OBJECTIVE", "value", "23"));
        FundApi.commit(contributor, objective);
        FundApi.deposit(objective, usd("10000.00"), "1");
        FundApi.fundCountry("CIV", "500000.00");
        String grant = FundApi.underReview("CIV", "100000.00", List.of(23));
        FundApi.approve(grant)
                .body("status", equalTo("APPROVED"))
                .body("reservation.pool", equalTo(List.of("OBJECTIVE:23", "COUNTRY:CIV")))
                .body("reservation.reserved.amount", equalTo(List.of("9900.00", "97100.00")));
        FundApi.pool("OBJECTIVE:23").body("available.amount", equalTo("0.00"));
    }

    @Test
    void anApprovalLargerThanTheBalanceWaitsInThePipelineUntilADepositFundsIt() {
        FundApi.fundCountry("PER", "300000.00");
        String first = FundApi.underReview("PER", "200000.00", List.of(11));
        FundApi.approve(first).body("status", equalTo("APPROVED"));
        String second = FundApi.underReview("PER", "250000.00", List.of(11));
        FundApi.approve(second)
                .body("status", equalTo("PIPELINE"))
                .body("reservation.size()", equalTo(0));
        Broker.await("fund.grants", second, v -> v.contains(EventTypes.GRANT_PIPELINED), 1);
        FundApi.pool("COUNTRY:PER").body("available.amount", equalTo("83000.00"));

        FundApi.fundCountry("PER", "200000.00");
        given().auth().oauth2(Tokens.steeringCommittee()).when().get("/grants/" + second)
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("reservation[0].reserved.amount", equalTo("267500.00"));
        FundApi.pool("COUNTRY:PER").body("available.amount", equalTo("13500.00"));
        Broker.await("fund.grants", second, v -> v.contains(EventTypes.GRANT_APPROVED), 1);
    }

    @Test
    void theCommitteeRejectsWithAReasonAndOnlyFromReviewOrPipeline() {
        String grant = FundApi.underReview("SEN", "90000.00", List.of(2));
        FundApi.reject(grant, "Duplicates an activity funded in 2026");
        given().auth().oauth2(Tokens.steeringCommittee()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/grants/" + grant + "/reject")
                .then().statusCode(409)
                .body("detail", containsString("REJECTED"));
        String rejected = Broker.await("fund.grants", grant, v -> v.contains(EventTypes.GRANT_REJECTED), 1).get(0).value();
        assertTrue(rejected.contains("Duplicates an activity funded in 2026"), rejected);
        String fresh = FundApi.open(FundApi.application("SEN", "1000.00", List.of(2)));
        given().auth().oauth2(Tokens.steeringCommittee()).contentType(ContentType.JSON).body(Map.of("reason", "early"))
                .when().post("/grants/" + fresh + "/reject")
                .then().statusCode(409);
    }

    @Test
    void aFundingRequestThatCannotBeReadGoesToTheDeadLettersAndTheNextOneIsStillHandled() {
        String requestId = "REQ-" + UUID.randomUUID();
        String broken = envelopes.write(UUID.randomUUID(), URI.create("/connection-hub"), EventTypes.FUNDING_REQUESTED, requestId,
                OffsetDateTime.now(), Map.of("requestId", requestId, "requestingCountry", "nowhere"));
        Broker.send("hub.requests", requestId, broken);
        Broker.send("hub.requests", requestId, fundingRequested(UUID.randomUUID().toString(), requestId, "GHA",
                List.of(lead(), partner()), List.of()));
        await().atMost(Broker.PATIENCE).until(() -> grants(requestId).size() == 1);
        Broker.await("start-up-fund.dead-letters", requestId, broken::equals, 1);
    }

    private List<Map<String, Object>> grants(String requestId) {
        return given().auth().oauth2(Tokens.fundManager()).queryParam("requestId", requestId).when().get("/grants")
                .then().statusCode(200).extract().path("items");
    }

    private String fundingRequested(String eventId, String requestId, String country, List<ImplementingOrganisation> organisations,
            List<FundingRequested.CoFunding> coFunding) {
        FundingRequested payload = new FundingRequested(requestId, country, AuthorityLevel.NATIONAL, "Seed grant request",
                "A project for the fund", List.of(1, 6), new Money("120000.00", "USD"), new Money("400000.00", "USD"),
                coFunding, LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30), organisations);
        return envelopes.write(UUID.fromString(eventId), URI.create("/connection-hub"), EventTypes.FUNDING_REQUESTED, requestId,
                OffsetDateTime.now(), payload);
    }

    private static ImplementingOrganisation lead() {
        return new ImplementingOrganisation("PTN-IOM", "IOM", ImplementingOrganisation.Role.LEAD);
    }

    private static ImplementingOrganisation partner() {
        return new ImplementingOrganisation("PTN-UNDP", "UNDP", ImplementingOrganisation.Role.PARTNER);
    }
}
