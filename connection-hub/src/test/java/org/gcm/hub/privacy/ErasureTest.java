package org.gcm.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The secretariat erases the personal data of a closed request: the focal points become markers, the people in its
 * history, correspondence and engagements become markers, their names leave every text; the record and its trail
 * (roles, times, moves) stay, the erasure is a line of it, and asking again changes nothing.
 */
@QuarkusTest
class ErasureTest {

    static final String NAME = "Zofia Quellbrunn";
    static final String EMAIL = "zofia.quellbrunn@example.org";
    static final String PHONE = "+48 22 555 0199";

    @Inject
    EntityManager database;

    @Test
    void aWithdrawnRequestIsAnonymisedAndKeepsItsTrail() {
        String id = withdrawnWithPeopleEverywhere();
        String before = Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").extract().asString();
        assertTrueContains(before, "Quellbrunn");
        int lines = Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").extract().path("size()");

        Hub.act(Tokens.secretariat(), id, "erase-personal-data", null).statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("personalDataErasedAt", notNullValue())
                .body("focalPoints", hasSize(1))
                .body("focalPoints[0].name", equalTo("[erased]"))
                .body("focalPoints[0].email", nullValue())
                .body("focalPoints[0].phone", nullValue())
                .body("focalPoints[0].function", nullValue());

        var history = Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").statusCode(200)
                .body("size()", equalTo(lines + 1))
                .body("[-1].action", equalTo("erase-personal-data"))
                .body("[-1].actor", equalTo("secretariat-officer"))
                .body("[-1].role", equalTo("secretariat"))
                .body("[-1].at", notNullValue())
                .body("findAll { it.action != 'erase-personal-data' }.actor", everyItem(equalTo("[erased]")))
                .body("at", everyItem(notNullValue()))
                .body("find { it.action == 'withdraw' }.role", equalTo("member-state"))
                .body("find { it.action == 'withdraw' }.comment", equalTo("[erased] moved to another post."))
                .body("find { it.action == 'start-assessment' }.role", equalTo("secretariat"));
        assertNothingPersonal(history.extract().asString());
        assertNothingPersonal(Hub.get(Tokens.secretariat(), "/requests/" + id).extract().asString());
        assertNothingPersonal(Hub.get(Tokens.memberState("MEX"), "/requests/" + id).extract().asString());
        assertNothingPersonal(Hub.get(Tokens.secretariat(), "/requests/" + id + "/correspondence")
                .body("author", everyItem(equalTo("[erased]"))).body("size()", equalTo(2)).extract().asString());
        assertNothingPersonal(Hub.get(Tokens.secretariat(), "/requests/" + id + "/engagements")
                .body("proposedBy", everyItem(equalTo("[erased]")))
                .body("answeredBy", everyItem(equalTo("[erased]"))).extract().asString());
        assertNothingPersonal(storedRow(id));
    }

    @Test
    void erasingAgainChangesNothing() {
        String id = Hub.underAssessment("MEX");
        Hub.act(Tokens.secretariat(), id, "decline", Bodies.assessment()).statusCode(200);
        String erasedAt = Hub.act(Tokens.secretariat(), id, "erase-personal-data", null).statusCode(200)
                .extract().path("personalDataErasedAt");
        var first = Hub.get(Tokens.secretariat(), "/requests/" + id).extract();
        int lines = Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").extract().path("size()");
        Hub.act(Tokens.secretariat(), id, "erase-personal-data", null).statusCode(200)
                .body("personalDataErasedAt", equalTo(erasedAt))
                .body("version", equalTo((Integer) first.path("version")));
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/history").body("size()", equalTo(lines))
                .body("findAll { it.action == 'erase-personal-data' }.size()", equalTo(1));
    }

    @Test
    void aRequestThatIsNotClosedIsRefusedWith409AndKeptAsItWas() {
        String id = Hub.underAssessment("MEX");
        Hub.act(Tokens.secretariat(), id, "erase-personal-data", null).statusCode(409)
                .contentType("application/problem+json");
        Hub.get(Tokens.secretariat(), "/requests/" + id).body("focalPoints[0].name", equalTo("Ana Torres"))
                .body("personalDataErasedAt", nullValue());
        Hub.get(Tokens.secretariat(), "/requests/" + id + "/history")
                .body("findAll { it.action == 'erase-personal-data' }.size()", equalTo(0));
    }

    @Test
    void onlyTheSecretariatMayErase() {
        String id = Hub.createRequest("MEX");
        Hub.act(Tokens.memberState("MEX"), id, "withdraw", null).statusCode(200);
        for (String token : List.of(Tokens.memberState("MEX"), Tokens.memberState("PHL"), Tokens.partner("PRT-IOM"),
                Tokens.fundManager(), Tokens.donor())) {
            Hub.act(token, id, "erase-personal-data", null).statusCode(403).contentType("application/problem+json");
        }
        given().when().post("/requests/" + id + "/erase-personal-data").then().statusCode(401);
        Hub.get(Tokens.secretariat(), "/requests/" + id).body("focalPoints[0].name", equalTo("Ana Torres"));
    }

    /** A request that names its focal point in comments, correspondence, the assessment and engagements, withdrawn. */
    private static String withdrawnWithPeopleEverywhere() {
        String ms = Tokens.memberState("MEX");
        String sec = Tokens.secretariat();
        Map<String, Object> body = new HashMap<>(Bodies.request("MEX"));
        body.put("focalPoints", List.of(Map.of("name", NAME, "function", "Head of unit", "email", EMAIL,
                "phone", PHONE)));
        String id = given().auth().oauth2(ms).contentType(ContentType.JSON).body(body).when().post("/requests")
                .then().statusCode(201).extract().path("id");
        Hub.act(ms, id, "submit", Map.of("comment", "Sent by " + NAME)).statusCode(200);
        Hub.act(sec, id, "assess", null).statusCode(200);
        Hub.act(sec, id, "request-information", Map.of("text", "Could Ms Quellbrunn send the budget lines?"))
                .statusCode(200);
        Hub.act(ms, id, "provide-information", Map.of("text", "Attached; write to " + EMAIL + " or " + PHONE))
                .statusCode(200);
        Map<String, Object> assessment = new HashMap<>(Bodies.assessment());
        assessment.put("rationale", "Well argued by Zofia Quellbrunn.");
        Hub.act(sec, id, "accept", assessment).statusCode(200);
        String lead = Hub.partner(Map.of(3, 5), List.of("MEX"), 5);
        String other = Hub.partner(Map.of(6, 3), List.of("MEX"), 5);
        for (String partner : List.of(lead, other)) {
            String engagement = Hub.propose(id, partner, partner.equals(lead) ? "LEAD" : "IMPLEMENTING");
            given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                    .body(Map.of("comment", "Agreed with " + NAME)).when()
                    .post("/engagements/" + engagement + "/accept").then().statusCode(200);
        }
        Hub.act(ms, id, "withdraw", Map.of("comment", "Quellbrunn moved to another post.")).statusCode(200);
        return id;
    }

    private String storedRow(String id) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(database.createNativeQuery(
                "select concat_ws('|', r.focal_points::text, r.created_by, r.assessment::text, "
                        + "(select string_agg(concat_ws('|', t.actor, t.comment), '|') from request_transition t where t.request_id = r.id), "
                        + "(select string_agg(concat_ws('|', c.author, c.text), '|') from request_correspondence c where c.request_id = r.id), "
                        + "(select string_agg(concat_ws('|', e.proposed_by, e.answered_by, e.answer, e.note), '|') from engagement e where e.request_id = r.id), "
                        + "(select string_agg(concat_ws('|', t.actor, t.comment), '|') from engagement_transition t "
                        + "join engagement e on e.id = t.engagement_id where e.request_id = r.id)) "
                        + "from country_request r where r.id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult()));
    }

    static void assertNothingPersonal(String text) {
        for (String personal : List.of("Zofia", "Quellbrunn", EMAIL, PHONE, "user-prt-")) {
            assertFalse(text.toLowerCase().contains(personal.toLowerCase()), personal + " still in " + text);
        }
    }

    private static void assertTrueContains(String text, String what) {
        assertEquals(true, text.contains(what), "the fixture names " + what + " before the erasure");
    }
}
