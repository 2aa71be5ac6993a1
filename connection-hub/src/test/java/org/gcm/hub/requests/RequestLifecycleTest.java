package org.gcm.hub.requests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Country requests: creation, validation, editing, submission, withdrawal, history, lists and the service level. */
@QuarkusTest
class RequestLifecycleTest {

    @Inject
    EntityManager em;

    @Test
    void aMemberStateCreatesADraftWithLocationAndETag() {
        String location = given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .body(Bodies.request("MEX"))
                .when().post("/requests")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("country", equalTo("MEX"))
                .body("objectives", equalTo(List.of(3, 6)))
                .body("estimatedBudget.amount", equalTo("1250000.00"))
                .body("estimatedBudget.currency", equalTo("USD"))
                .body("focalPoints[0].email", equalTo("ana.torres@example.org"))
                .extract().header("Location");
        given().auth().oauth2(Tokens.memberState("MEX")).when().get(location)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("title", containsString("Labour"));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstCreationAndRefusesAnotherBody() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Bodies.request("MEX"))
                .when().post("/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Bodies.request("MEX"))
                .when().post("/requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Map<String, Object> other = Bodies.request("MEX");
        other.put("title", "Something else");
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(other)
                .when().post("/requests").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        Map<String, Object> body = Bodies.request("XKX");
        body.put("guidingPrinciples", List.of("people-centred", "kindness"));
        body.put("languages", List.of("xx"));
        body.put("endDate", "2026-01-01");
        body.put("estimatedBudget", Bodies.money("100.00", "ZZZ"));
        given().auth().oauth2(Tokens.memberState("XKX")).contentType(ContentType.JSON).body(body)
                .when().post("/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("country", "guidingPrinciples[1]", "languages[0]", "endDate",
                        "estimatedBudget.currency"));
    }

    @Test
    void beanValidationCoversObjectivesSupportTypesAndContacts() {
        Map<String, Object> body = Bodies.request("MEX");
        body.put("objectives", List.of(0, 24));
        body.put("supportTypes", List.of());
        body.put("focalPoints", List.of(Map.of("name", "", "email", "not-an-email")));
        body.put("authorityLevel", null);
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).body(body)
                .when().post("/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", greaterThanOrEqualTo(5));
        Map<String, Object> none = Bodies.request("MEX");
        none.put("objectives", List.of());
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).body(none)
                .when().post("/requests").then().statusCode(400);
    }

    @Test
    void aMemberStateCannotCreateForAnotherCountry() {
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).body(Bodies.request("PHL"))
                .when().post("/requests")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aDraftIsEditedWithIfMatchAndAStaleETagIsRefused() {
        String id = Hub.createRequest("MEX");
        Map<String, Object> body = Bodies.request("MEX");
        body.put("title", "Information centres in three states");
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).when().put("/requests/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo(body.get("title")));
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).when().put("/requests/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .when().post("/requests/" + id + "/submit")
                .then().statusCode(412);
    }

    @Test
    void submitThenWithdrawFollowTheLifecycleAndWrongStatesAre409() {
        String id = Hub.createRequest("MEX");
        Hub.act(Tokens.memberState("MEX"), id, "submit", Map.of("comment", "Ready"))
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .body("acknowledgeBy", notNullValue()).body("overdue", equalTo(false));
        Hub.act(Tokens.memberState("MEX"), id, "submit", null)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SUBMITTED")).body("detail", containsString("DRAFT"));
        Map<String, Object> body = Bodies.request("MEX");
        given().auth().oauth2(Tokens.memberState("MEX")).contentType(ContentType.JSON).body(body)
                .when().put("/requests/" + id).then().statusCode(409);
        Hub.act(Tokens.memberState("MEX"), id, "withdraw", Map.of("comment", "Priorities changed"))
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        Hub.act(Tokens.memberState("MEX"), id, "withdraw", null).statusCode(409);
    }

    @Test
    void everyTransitionIsInTheHistory() {
        String id = Hub.accepted("MEX");
        Hub.get(Tokens.memberState("MEX"), "/requests/" + id + "/history")
                .statusCode(200)
                .body("action", equalTo(List.of("create", "submit", "start-assessment", "accept")))
                .body("to", equalTo(List.of("DRAFT", "SUBMITTED", "UNDER_ASSESSMENT", "ACCEPTED")))
                .body("from[1]", equalTo("DRAFT"))
                .body("role", equalTo(List.of("member-state", "member-state", "secretariat", "secretariat")))
                .body("actor[2]", equalTo("secretariat-officer"))
                .body("at", everyItem(notNullValue()))
                .body("comment[3]", containsString("Relevant"));
    }

    @Test
    void listsFilterByStatusCountryAndObjectiveWithTotals() {
        String mex = Hub.submitted("MEX");
        Map<String, Object> other = Bodies.request("PHL");
        other.put("objectives", List.of(21));
        String phl = given().auth().oauth2(Tokens.memberState("PHL")).contentType(ContentType.JSON).body(other)
                .when().post("/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.secretariat()).queryParam("status", "SUBMITTED").queryParam("limit", 200)
                .when().get("/requests").then().statusCode(200)
                .body("items.id", hasItem(mex)).body("items.status", everyItem(equalTo("SUBMITTED")))
                .body("total", greaterThanOrEqualTo(1));
        given().auth().oauth2(Tokens.secretariat()).queryParam("objective", 21).queryParam("country", "PHL")
                .queryParam("limit", 200).when().get("/requests").then().statusCode(200)
                .body("items.id", hasItem(phl)).body("items.id", not(hasItem(mex)));
        given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 1).when().get("/requests")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("total", greaterThanOrEqualTo(2));
        given().auth().oauth2(Tokens.secretariat()).queryParam("limit", 201).when().get("/requests")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aMemberStateListsOnlyItsOwnCountry() {
        Hub.createRequest("PHL");
        Hub.createRequest("MEX");
        given().auth().oauth2(Tokens.memberState("MEX")).queryParam("limit", 200).when().get("/requests")
                .then().statusCode(200).body("items.country", everyItem(equalTo("MEX")));
        given().auth().oauth2(Tokens.memberState("MEX")).queryParam("country", "PHL").when().get("/requests")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theSecretariatListsOverdueRequests() {
        String late = Hub.submitted("MEX");
        String fresh = Hub.submitted("MEX");
        backdateSubmission(late, OffsetDateTime.now().minusDays(11));
        given().auth().oauth2(Tokens.secretariat()).queryParam("overdue", true).queryParam("limit", 200)
                .when().get("/requests").then().statusCode(200)
                .body("items.id", hasItem(late)).body("items.id", not(hasItem(fresh)))
                .body("items.overdue", everyItem(equalTo(true)));
        Hub.get(Tokens.memberState("MEX"), "/requests/" + late).statusCode(200).body("overdue", equalTo(true));
        Hub.act(Tokens.secretariat(), late, "assess", null).statusCode(200).body("overdue", equalTo(false));
    }

    @Transactional
    void backdateSubmission(String id, OffsetDateTime submittedAt) {
        em.createNativeQuery("update country_request set submitted_at = ?1 where id = ?2")
                .setParameter(1, submittedAt).setParameter(2, UUID.fromString(id)).executeUpdate();
    }
}
