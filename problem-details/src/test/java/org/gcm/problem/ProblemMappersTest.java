package org.gcm.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemMappersTest {

    private static final String VALID = """
            {"title": "Labour migration data", "objectives": [1, 6], "supportType": "TECHNICAL",
             "budget": {"amount": "250000.00", "currency": "EUR"}}""";

    @Test
    void validInputPasses() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/probe")
                .then().statusCode(201);
    }

    @Test
    void aLifecycleRefusalIsAConflictProblem() {
        given().when().post("/probe/closed/close")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/state-conflict"))
                .body("detail", containsString("already CLOSED"))
                .body("instance", equalTo("/probe/closed/close"))
                .body("$", not(hasKey("errors")));
    }

    @Test
    void aBusinessRuleRefusalNamesTheFieldAndRule() {
        given().when().post("/probe/unknown/close")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].rule", equalTo("known-probe"));
    }

    @Test
    void malformedJsonIsNamedAsSuch() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", ")
                .when().post("/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 1"));
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"objectives\": [1, \"six\"]}")
                .when().post("/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors[0].field", equalTo("objectives[1]"))
                .body("errors[0].rule", equalTo("type"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"objectives\": [1], \"supportType\": \"MORAL\"}")
                .when().post("/probe")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("supportType"))
                .body("errors[0].message", equalTo("must be one of [TECHNICAL, FINANCIAL]"));
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        given().contentType(ContentType.JSON)
                .body("{\"objectives\": [24], \"budget\": {\"amount\": \"10.00\"}}")
                .when().post("/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.field", org.hamcrest.Matchers.contains("budget.currency", "objectives[0]", "title"))
                .body("errors.rule", org.hamcrest.Matchers.contains("NotNull", "Max", "NotBlank"));
    }

    @Test
    void missingBodyIsNamed() {
        given().contentType(ContentType.JSON)
                .when().post("/probe")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].rule", equalTo("NotNull"));
    }

    @Test
    void unknownFieldIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"objectives\": [1], \"objectivs\": [2]}")
                .when().post("/probe")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("objectivs"))
                .body("errors[0].rule", equalTo("unknown-field"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        given().queryParam("limit", 500)
                .when().get("/probe")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].rule", equalTo("Max"));
    }

    @Test
    void unknownPathIsAProblemNotAPage() {
        given().when().get("/no/such/thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/probe")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void wrongContentTypeIsRefused() {
        given().contentType(ContentType.TEXT).body("title=x")
                .when().post("/probe")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void unexpectedFailureHidesItsCause() {
        given().when().get("/probe/broken")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unexpected"))
                .body("detail", startsWith("The service could not complete the request. Quote error id "))
                .body(not(containsString("hunter2")))
                .body(not(containsString("at org.gcm")));
    }

    @Test
    void anonymousCallerIsAskedToAuthenticate() {
        given().when().get("/probe/restricted")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    // 403 for a signed-in caller with the wrong role is proven by each service's tests, with real tokens.
}
