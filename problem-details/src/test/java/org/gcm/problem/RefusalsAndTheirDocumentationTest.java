package org.gcm.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Each refusal of the domain has one problem type, and the OpenAPI document that the shared filter writes shows, for
 * each refusal an operation can give, an example equal in type, title and status to what the service answers.
 */
@QuarkusTest
class RefusalsAndTheirDocumentationTest {

    @Test
    void aMissingResourceIsANotFoundProblem() {
        given().when().post("/probe/missing/close")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("There is no probe missing."));
    }

    @Test
    void aForbiddenResourceIsAForbiddenProblem() {
        given().when().post("/probe/foreign/close")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .body("title", equalTo("Forbidden"))
                .body("detail", equalTo("Probe foreign belongs to another country."));
    }

    @Test
    void aConflictOfItsOwnKindHasItsOwnType() {
        given().when().post("/probe/quorum/close")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/quorum-not-met"))
                .body("title", equalTo("The quorum has not agreed"));
    }

    @Test
    void theDocumentShowsTheRefusalsOfEachOperationWithTheirRealBodies() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Object> close = document.getMap("paths.'/probe/{id}/close'.post.responses");
        assertTrue(close.keySet().containsAll(List.of("404", "409")), "an action on a resource: " + close.keySet());
        Map<String, Object> create = document.getMap("paths.'/probe'.post.responses");
        assertTrue(create.keySet().containsAll(List.of("400", "413")), "a creation with a body: " + create.keySet());
        Map<String, Object> restricted = document.getMap("paths.'/probe/restricted'.get.responses");
        assertTrue(restricted.keySet().containsAll(List.of("401", "403")), "a secured read: " + restricted.keySet());

        assertExample(document, "'/probe/{id}/close'.post", "404", "not-found", "missing");
        assertExample(document, "'/probe/{id}/close'.post", "409", "state-conflict", "closed");
        assertEquals("#/components/schemas/Problem", document.getString(
                "paths.'/probe/{id}/close'.post.responses.'404'.content.'application/problem+json'.schema.$ref"));
    }

    private static void assertExample(JsonPath document, String operation, String status, String example, String id) {
        String at = "paths." + operation + ".responses.'" + status + "'.content.'application/problem+json'.examples.'"
                + example + "'.value";
        JsonPath real = given().when().post("/probe/" + id + "/close").then().statusCode(Integer.parseInt(status))
                .extract().jsonPath();
        assertEquals(document.getString(at + ".type"), real.getString("type"));
        assertEquals(document.getString(at + ".title"), real.getString("title"));
        assertEquals(document.getInt(at + ".status"), real.getInt("status"));
    }
}
