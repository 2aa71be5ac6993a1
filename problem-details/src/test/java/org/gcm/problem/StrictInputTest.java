package org.gcm.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Bodies, paths and queries are read strictly: what a lenient reader would "correct" or pass on to the database is
 * refused with a 400 problem naming the field and the rule.
 */
@QuarkusTest
class StrictInputTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/probe").then()
                .contentType("application/problem+json");
    }

    private static void refusesField(String body, String field, String rule) {
        post(body).statusCode(400)
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].rule", equalTo(rule));
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        refusesField("{\"title\": \"ok\", \"objectives\": [1], \"title\": null}", "title", "unique-key");
        refusesField("{\"title\": \"ok\", \"objectives\": [1], \"budget\": {\"amount\": \"1.00\", \"currency\": \"EUR\", "
                + "\"currency\": \"USD\"}}", "budget.currency", "unique-key");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        post("{\"title\": \"ok\", \"objectives\": [1]}xyz").statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
        post("{\"title\": \"ok\", \"objectives\": [1]} {\"title\": \"again\"}").statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    void scalarsAreNotCoerced() {
        refusesField("{\"title\": 12345, \"objectives\": [1]}", "title", "type");
        refusesField("{\"title\": true, \"objectives\": [1]}", "title", "type");
        refusesField("{\"title\": \"ok\", \"objectives\": [1.5]}", "objectives[0]", "type");
        refusesField("{\"title\": \"ok\", \"objectives\": [\"6\"]}", "objectives[0]", "type");
        refusesField("{\"title\": \"ok\", \"objectives\": [1], \"supportType\": 0}", "supportType", "type");
        refusesField("{\"title\": \"ok\", \"objectives\": [1], \"urgent\": \"yes\"}", "urgent", "type");
        refusesField("{\"title\": \"ok\", \"objectives\": [1], \"startDate\": 20000}", "startDate", "type");
    }

    @Test
    void aDecimalStringIsStillMoney() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"ok\", \"objectives\": [1], \"budget\": {\"amount\": \"250000.00\", \"currency\": \"EUR\"}}")
                .when().post("/probe").then().statusCode(201);
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        refusesField("{\"title\": \"NUL\\u0000char\", \"objectives\": [1]}", "title", "no-control-characters");
        refusesField("{\"title\": \"ok\", \"objectives\": [1], \"budget\": {\"amount\": \"1.00\", \"currency\": \"E\\u0007R\"}}",
                "budget.currency", "no-control-characters");
        given().contentType(ContentType.JSON).body("{\"title\": \"two\\nlines\\tand a tab\", \"objectives\": [1]}")
                .when().post("/probe").then().statusCode(201);
    }

    @Test
    void aBodyDeclaredLongerThanTheLimitIsAProblemNotAnEmptyAnswer() {
        given().contentType(ContentType.JSON).body("{\"title\": \"" + "x".repeat(70_000) + "\", \"objectives\": [1]}")
                .when().post("/probe").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("65536 bytes"));
    }

    @Test
    void controlCharactersInPathsAndQueriesAreRefusedBeforeAnyResourceRuns() {
        given().urlEncodingEnabled(false).when().post("/probe/a%00b/close").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"))
                .body("errors[0].rule", equalTo("no-control-characters"));
        given().urlEncodingEnabled(false).when().get("/probe?limit=1%00").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("detail", containsString("control characters"));
    }

    @Test
    void queryValuesAreReadStrictlyAndARefusalNamesTheParameter() {
        given().when().get("/probe/query?urgent=true&weight=12.5&id=0b7c6e0a-1f0e-4a8e-9d3c-2f5b8a1c9d00"
                + "&from=2027-01-31&type=TECHNICAL&offset=40").then().statusCode(200)
                .body("[0]", equalTo("true 12.5 0b7c6e0a-1f0e-4a8e-9d3c-2f5b8a1c9d00 2027-01-31 TECHNICAL 40"));
        refusesQuery("urgent=yes", "urgent");
        refusesQuery("weight=NaN", "weight");
        refusesQuery("weight=1e9999", "weight");
        refusesQuery("id=not-a-uuid", "id");
        refusesQuery("from=2027-1-31", "from");
        refusesQuery("type=technical", "type");
        refusesQuery("offset=abc", "offset");
        refusesQuery("offset=1.5", "offset");
    }

    private static void refusesQuery(String query, String parameter) {
        given().when().get("/probe/query?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].rule", equalTo("type"));
    }
}
