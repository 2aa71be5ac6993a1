package org.gcm.hub.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Hub;
import org.gcm.hub.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Every input of the hub declares its limits in the OpenAPI document and the server enforces them, naming the field
 * as the client wrote it (issue 17): query values read strictly, list elements bounded, dates plausible, NaN named
 * by its field, a required body required.
 */
@QuarkusTest
class DeclaredLimitsTest {

    private static ValidatableResponse refused(ValidatableResponse answer, String field, String rule) {
        return answer.statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.findAll { it.field == '" + field + "' }.rule", hasItem(rule));
    }

    @Test
    void aMatchingWeightIsNamedAsTheQueryNamesIt() {
        String id = Hub.accepted("MEX");
        for (String value : List.of("-1", "NaN", "Infinity", "101")) {
            var answer = Hub.get(Tokens.secretariat(), "/requests/" + id + "/partner-matches?capacityWeight=" + value)
                    .statusCode(400).body("errors.field", hasItem("capacityWeight"));
            answer.body("errors.field.unique()", equalTo(List.of("capacityWeight")));
        }
    }

    @Test
    void queryValuesAreReadStrictly() {
        String sec = Tokens.secretariat();
        refused(Hub.get(sec, "/requests?overdue=yes"), "overdue", "type");
        refused(Hub.get(sec, "/requests?status=FOO"), "status", "type");
        refused(Hub.get(sec, "/requests?objective=1.5"), "objective", "type");
        refused(Hub.get(sec, "/requests?limit=2.0"), "limit", "type");
        refused(Hub.get(sec, "/partners?unEntity=2"), "unEntity", "type");
        refused(Hub.get(sec, "/requests/" + Hub.accepted("MEX") + "/partner-matches?includeUnverified=yes"),
                "includeUnverified", "type");
        refused(Hub.get(sec, "/requests?country=" + "M".repeat(400)), "country", "Size");
        refused(Hub.get(sec, "/engagements?partnerId=" + "P".repeat(400)), "partnerId", "Size");
        refused(Hub.get(sec, "/requests/" + "x".repeat(400)), "id", "Size");
        refused(Hub.get(sec, "/engagements/" + "x".repeat(400)), "engagementId", "Size");
        String draft = Hub.createRequest("MEX");
        refused(given().auth().oauth2(Tokens.memberState("MEX")).header("If-Match", "\"" + "1".repeat(200) + "\"")
                .when().post("/requests/" + draft + "/submit").then(), "If-Match", "Size");
        Hub.get(sec, "/requests/" + draft).body("status", equalTo("DRAFT"));
        Hub.get(sec, "/requests?overdue=true&status=SUBMITTED&objective=3").statusCode(200);
    }

    @Test
    void nanOrInfinityInAPartnerProfileIsNamedByItsField() {
        String sec = Tokens.secretariat();
        String profile = "{\"name\": \"N\", \"unEntity\": false, \"organisationType\": 21, \"expertise\": "
                + "[{\"objective\": 6, \"level\": LEVEL}], \"countries\": [], \"languages\": [\"en\"], \"capacity\": CAPACITY}";
        for (String value : List.of("NaN", "Infinity", "-Infinity")) {
            String body = "{\"id\": \"PRT-NANTEST\", \"profile\": "
                    + profile.replace("LEVEL", "1").replace("CAPACITY", value) + "}";
            refused(given().auth().oauth2(sec).contentType(ContentType.JSON).body(body).when().post("/partners").then(),
                    "profile.capacity", "type");
            body = "{\"id\": \"PRT-NANTEST\", \"profile\": " + profile.replace("LEVEL", value).replace("CAPACITY", "1") + "}";
            refused(given().auth().oauth2(sec).contentType(ContentType.JSON).body(body).when().post("/partners").then(),
                    "profile.expertise[0].level", "type");
        }
        Hub.get(sec, "/partners/PRT-NANTEST").statusCode(404);
    }

    @Test
    void listElementsAndDatesHaveTheirLimitsAndNothingIsStored() {
        String ms = Tokens.memberState("MEX");
        long before = total(ms);
        Map<String, Object> body = new HashMap<>(Bodies.request("MEX"));
        body.put("guidingPrinciples", List.of("people-centred", "p".repeat(61)));
        refused(create(ms, body), "guidingPrinciples[1]", "Size");
        body = new HashMap<>(Bodies.request("MEX"));
        body.put("languages", List.of("spanish"));
        refused(create(ms, body), "languages[0]", "Size");
        body = new HashMap<>(Bodies.request("MEX"));
        body.put("focalPoints", List.of(Map.of("name", "A", "email", "a@example.org", "phone", "call me")));
        refused(create(ms, body), "focalPoints[0].phone", "Pattern");
        for (String date : List.of("0000-01-01", "1999-12-31", "+99999-01-01", "2101-01-01")) {
            body = new HashMap<>(Bodies.request("MEX"));
            body.put("startDate", date);
            body.put("endDate", date);
            refused(create(ms, body), "startDate", "plausible-date");
        }
        assertEquals(before, total(ms), "nothing stored");
    }

    @Test
    void anActionWhoseBodyIsRequiredRefusesNoneOrNull() {
        String id = Hub.underAssessment("MEX");
        String sec = Tokens.secretariat();
        for (String action : List.of("accept", "decline", "request-information", "advice", "request-funding")) {
            refused(given().auth().oauth2(sec).contentType(ContentType.JSON).body("null").when()
                    .post("/requests/" + id + "/" + action).then(), "body", "NotNull");
            refused(given().auth().oauth2(sec).when().post("/requests/" + id + "/" + action).then(), "body", "NotNull");
        }
        Hub.get(sec, "/requests/" + id).body("status", equalTo("UNDER_ASSESSMENT"));
    }

    @Test
    void theDocumentDeclaresTheLimits() {
        JsonPath document = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String input = "components.schemas.RequestInput.properties.";
        assertEquals(60, document.getInt(input + "guidingPrinciples.items.maxLength"));
        assertEquals(2, document.getInt(input + "languages.items.maxLength"));
        assertEquals(3, document.getInt(input + "country.maxLength"));
        assertEquals(3, document.getInt("components.schemas.PartnerProfile.properties.countries.items.maxLength"));
        assertEquals(90, document.getInt("components.schemas.PartnerProfile.properties.organisationType.maximum"));
        String score = document.getString("components.schemas.AssessmentInput.properties.scores.items.$ref")
                .replace("#/components/schemas/", "");
        assertEquals(100, document.getInt("components.schemas." + score + ".properties.score.maximum"));
        assertEquals(100, document.getInt("components.schemas." + score + ".properties.criterion.maxLength"));
        assertEquals(20, document.getInt("components.schemas.Money.properties.amount.maxLength"));
        for (String action : List.of("accept", "decline", "request-information", "advice", "request-funding",
                "provide-information")) {
            assertEquals(Boolean.TRUE, document.get("paths.'/requests/{id}/" + action + "'.post.requestBody.required"),
                    action + " requires its body");
        }
        List<Map<String, Object>> parameters = document.getList("paths.'/requests/{id}/partner-matches'.get.parameters");
        Map<String, Object> id = parameters.stream().filter(p -> "id".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals(36, ((Map<?, ?>) id.get("schema")).get("maxLength"));
    }

    private static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/requests").then();
    }

    private static long total(String token) {
        return ((Number) Hub.get(token, "/requests?limit=1").statusCode(200).extract().path("total")).longValue();
    }
}
