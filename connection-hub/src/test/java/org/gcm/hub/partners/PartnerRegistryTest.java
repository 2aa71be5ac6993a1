package org.gcm.hub.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.gcm.hub.demo.DemoRegistry;
import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The partner registry: managed by the secretariat, each partner keeping its own profile; the demo registry. */
@QuarkusTest
class PartnerRegistryTest {

    @Inject
    DemoRegistry demo;

    @Inject
    EntityManager em;

    @Test
    void theSecretariatRegistersAPartnerThatAnyoneInvolvedCanRead() {
        String id = Hub.partner(Map.of(6, 5, 10, 3), List.of("MEX", "GTM"), 4);
        given().auth().oauth2(Tokens.memberState("PHL")).when().get("/partners/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("verification", equalTo("VERIFIED")).body("countries", equalTo(List.of("GTM", "MEX")))
                .body("expertise.objective", hasItems(6, 10)).body("freeCapacity", equalTo(4))
                .body("demo", equalTo(false));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Bodies.newPartner(id, Bodies.partnerProfile("Twice", Map.of(1, 1), List.of(), List.of("en"), 1), true))
                .when().post("/partners").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void registryEntriesAreValidated() {
        Map<String, Object> profile = Bodies.partnerProfile("Bad", Map.of(6, 5), List.of("MEX", "ZZZ"), List.of("xx"), 3);
        profile.put("organisationType", 41);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Bodies.newPartner("PRT-BAD", profile, true))
                .when().post("/partners").then().statusCode(400)
                .body("errors.field", hasItems("organisationType", "countries[1]", "languages[0]"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Bodies.newPartner("iom", Bodies.partnerProfile("Id", Map.of(6, 9), List.of(), List.of("en"), 1), true))
                .when().post("/partners").then().statusCode(400)
                .body("errors.field", hasItems("id", "profile.expertise[0].level"));
    }

    @Test
    void aPartnerKeepsItsOwnProfileCurrentAndNobodyElses() {
        String own = Hub.partner(Map.of(6, 3), List.of("KEN"), 2);
        String other = Hub.partner(Map.of(6, 3), List.of("KEN"), 2);
        Map<String, Object> update = Bodies.partnerProfile("Renamed", Map.of(6, 4, 18, 2), List.of("KEN", "UGA"),
                List.of("en", "sw"), 6);
        given().auth().oauth2(Tokens.partner(own)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update).when().put("/partners/" + own)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("capacity", equalTo(6))
                .body("verification", equalTo("VERIFIED")).body("countries", equalTo(List.of("KEN", "UGA")));
        given().auth().oauth2(Tokens.partner(own)).contentType(ContentType.JSON).body(update)
                .when().put("/partners/" + other).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner(own)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(update).when().put("/partners/" + own).then().statusCode(412);
        given().auth().oauth2(Tokens.partner(own)).when().post("/partners/" + own + "/verify").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.memberState("KEN")).contentType(ContentType.JSON).body(update)
                .when().put("/partners/" + own).then().statusCode(403);
    }

    @Test
    void onlyVerifiedPartnersAreVerifiedAndSuspensionIsRecorded() {
        String id = "PRT-U" + System.nanoTime();
        Hub.registerPartner(id, Bodies.partnerProfile("New NGO", Map.of(16, 3), List.of("PHL"), List.of("en"), 2), false);
        given().auth().oauth2(Tokens.secretariat()).queryParam("verification", "UNVERIFIED").queryParam("limit", 200)
                .when().get("/partners").then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.secretariat()).when().post("/partners/" + id + "/verify")
                .then().statusCode(200).body("verification", equalTo("VERIFIED"));
        given().auth().oauth2(Tokens.secretariat()).when().post("/partners/" + id + "/suspend")
                .then().statusCode(200).body("verification", equalTo("SUSPENDED"));
        given().auth().oauth2(Tokens.secretariat()).when().post("/partners/PRT-NOBODY/verify").then().statusCode(404);
    }

    @Test
    void theRegistryIsFilteredByObjectiveCountryAndKind() {
        String expert = Hub.partner(Map.of(22, 5), List.of("NPL"), 2);
        String elsewhere = Hub.partner(Map.of(22, 5), List.of("CHL"), 2);
        given().auth().oauth2(Tokens.partner(expert)).queryParam("objective", 22).queryParam("country", "NPL")
                .queryParam("limit", 200).when().get("/partners").then().statusCode(200)
                .body("items.id", hasItem(expert)).body("items.id", not(hasItem(elsewhere)));
        given().auth().oauth2(Tokens.secretariat()).queryParam("unEntity", false).queryParam("limit", 200)
                .when().get("/partners").then().statusCode(200).body("items.unEntity", everyItem(equalTo(false)));
    }

    @Test
    void theDemoRegistryLoadsTheUnNetworkIntoAnEmptyRegistryMarkedAsDemo() {
        emptyRegistry();
        org.junit.jupiter.api.Assertions.assertEquals(22, demo.load());
        org.junit.jupiter.api.Assertions.assertEquals(0, demo.load(), "loads only into an empty registry");
        given().auth().oauth2(Tokens.partner("PRT-IOM")).when().get("/partners/PRT-IOM")
                .then().statusCode(200).body("acronym", equalTo("IOM")).body("unEntity", equalTo(true))
                .body("organisationType", equalTo(40)).body("demo", equalTo(true));
        given().auth().oauth2(Tokens.secretariat()).queryParam("unEntity", true).queryParam("limit", 200)
                .when().get("/partners").then().statusCode(200)
                .body("items.acronym", hasItems("IOM", "UNHCR", "ILO", "UNDP", "UNICEF", "UNODC", "OHCHR", "UN Women", "WHO"))
                .body("items.demo", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.secretariat()).queryParam("unEntity", false).queryParam("limit", 200)
                .when().get("/partners").then().statusCode(200).body("items.acronym", hasItems("IFRC", "ICMPD"));
    }

    /** The demo registry loads only into an empty registry; other tests' partners are removed first. */
    @Transactional
    void emptyRegistry() {
        em.createNativeQuery("delete from engagement_transition").executeUpdate();
        em.createNativeQuery("delete from engagement").executeUpdate();
        em.createNativeQuery("delete from partner").executeUpdate();
    }
}
