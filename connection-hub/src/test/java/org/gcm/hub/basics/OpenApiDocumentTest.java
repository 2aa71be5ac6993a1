package org.gcm.hub.basics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The hub's OpenAPI document: every operation named, described, tagged, and its refusals as problem+json. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumented() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        Set<String> operationIds = new HashSet<>();
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            if (id == null || !operationIds.add(id.toString())) {
                problems.add(name + ": missing or repeated operationId " + id);
            }
            if (operation.get("summary") == null || operation.get("tags") == null) {
                problems.add(name + ": no summary or tag");
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (operation.get("security") != null && !responses.containsKey("401")) {
                problems.add(name + ": secured but no 401");
            }
            responses.forEach((status, response) -> {
                if (response.get("description") == null) {
                    problems.add(name + " " + status + ": no description");
                }
                if (status.startsWith("4") && !((Map<String, Object>) response.getOrDefault("content", Map.of()))
                        .containsKey("application/problem+json")) {
                    problems.add(name + " " + status + ": not problem+json");
                }
            });
        }));
        assertTrue(operationIds.size() >= 30, "all the hub's operations are documented: " + operationIds.size());
        assertEquals(List.of(), problems);
    }
}
