package org.gcm.hub.implementation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Implementation set-up: engagements proposed by the secretariat, answered by each partner (para 43 (a)(iv)). */
@QuarkusTest
class ImplementationSetUpTest {

    @Test
    void theArrangementIsAgreedOnceTheLeadAndAnotherOrganisationAccepted() {
        String id = Hub.accepted("MEX");
        String lead = Hub.partner(Map.of(3, 5), List.of("MEX"), 3);
        String technical = Hub.partner(Map.of(6, 4), List.of("MEX"), 3);
        String implementing = Hub.partner(Map.of(6, 2), List.of("GTM"), 3);
        String leadOffer = Hub.propose(id, lead, "LEAD");
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).body("status", equalTo("PARTNERS_PROPOSED"));
        String technicalOffer = Hub.propose(id, technical, "TECHNICAL");
        String implementingOffer = Hub.propose(id, implementing, "IMPLEMENTING");

        Hub.answer(technical, technicalOffer, "accept").statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("requestTitle", containsString("Labour"));
        Hub.get(Tokens.secretariat(), "/requests/" + id).body("status", equalTo("PARTNERS_PROPOSED"));
        Hub.answer(implementing, implementingOffer, "decline").statusCode(200).body("status", equalTo("DECLINED"));
        Hub.answer(lead, leadOffer, "accept").statusCode(200);
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id).body("status", equalTo("IMPLEMENTATION_AGREED"));
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id + "/engagements").statusCode(200)
                .body("partnerId", equalTo(List.of(lead, technical, implementing)))
                .body("status", equalTo(List.of("ACCEPTED", "ACCEPTED", "DECLINED")));
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").body("to", hasItem("IMPLEMENTATION_AGREED"))
                .body("role[-1]", equalTo("partner"));
    }

    @Test
    void acceptingCountsAgainstThePartnersCapacityAndAFullPartnerCannotAccept() {
        String busy = Hub.partner(Map.of(6, 5), List.of("MEX"), 1);
        String first = Hub.accepted("MEX");
        String second = Hub.accepted("MEX");
        Hub.answer(busy, Hub.propose(first, busy, "IMPLEMENTING"), "accept").statusCode(200);
        Hub.get(Tokens.secretariat(), "/partners/" + busy).body("activeEngagements", equalTo(1))
                .body("freeCapacity", equalTo(0));
        Hub.answer(busy, Hub.propose(second, busy, "IMPLEMENTING"), "accept").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("capacity"));
    }

    @Test
    void withdrawingARequestReleasesTheCapacity() {
        String partner = Hub.partner(Map.of(6, 5), List.of("MEX"), 2);
        String id = Hub.accepted("MEX");
        Hub.answer(partner, Hub.propose(id, partner, "LEAD"), "accept").statusCode(200);
        Hub.get(Tokens.secretariat(), "/partners/" + partner).body("activeEngagements", equalTo(1));
        Hub.act(Tokens.memberState("MEX"), id, "withdraw", null).statusCode(200);
        Hub.get(Tokens.secretariat(), "/partners/" + partner).body("activeEngagements", equalTo(0));
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/engagements").body("status", everyItem(equalTo("CLOSED")));
    }

    @Test
    void proposalsFollowTheRules() {
        String submitted = Hub.submitted("MEX");
        String partner = Hub.partner(Map.of(6, 5), List.of("MEX"), 2);
        String second = Hub.partner(Map.of(6, 5), List.of("MEX"), 2);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", partner, "role", "LEAD"))
                .when().post("/requests/" + submitted + "/engagements").then().statusCode(409)
                .body("detail", containsString("SUBMITTED"));
        String id = Hub.accepted("MEX");
        Hub.propose(id, partner, "LEAD");
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", second, "role", "LEAD"))
                .when().post("/requests/" + id + "/engagements").then().statusCode(409)
                .body("detail", containsString("lead"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", partner, "role", "TECHNICAL"))
                .when().post("/requests/" + id + "/engagements").then().statusCode(409);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", "PRT-NOT-THERE", "role", "TECHNICAL"))
                .when().post("/requests/" + id + "/engagements").then().statusCode(400)
                .body("errors.field", hasItem("partnerId"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("partnerId", second, "role", "BOSS"))
                .when().post("/requests/" + id + "/engagements").then().statusCode(400);
    }

    @Test
    void aPartnerSeesAndAnswersOnlyItsOwnEngagements() {
        String id = Hub.accepted("MEX");
        String mine = Hub.partner(Map.of(6, 5), List.of("MEX"), 2);
        String theirs = Hub.partner(Map.of(6, 5), List.of("MEX"), 2);
        String offer = Hub.propose(id, theirs, "LEAD");
        Hub.propose(id, mine, "TECHNICAL");
        Hub.answer(mine, offer, "accept").statusCode(404).contentType("application/problem+json");
        Hub.get(Tokens.partner(mine), "/engagements/" + offer).statusCode(404);
        Hub.get(Tokens.partner(mine), "/engagements?limit=200").statusCode(200)
                .body("items.partnerId", everyItem(equalTo(mine))).body("items.id", not(hasItem(offer)));
        Hub.get(Tokens.partner(theirs), "/engagements/" + offer).statusCode(200).header("ETag", equalTo("\"0\""));
        // The secretariat sees every engagement but does not answer for a partner.
        Hub.get(Tokens.secretariat(), "/engagements?partnerId=" + theirs).statusCode(200)
                .body("items.id", hasItem(offer));
        given().auth().oauth2(Tokens.secretariat()).when().post("/engagements/" + offer + "/accept")
                .then().statusCode(403);
        Hub.answer(theirs, offer, "accept").statusCode(200);
        Hub.answer(theirs, offer, "decline").statusCode(409).body("detail", containsString("ACCEPTED"));
    }
}
