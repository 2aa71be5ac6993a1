package org.gcm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gcm.testsupport.OpenApiLint;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The one OpenAPI document, merged from the three services' real documents, as integrators get it. */
@QuarkusTest
@TestProfile(RealDocuments.class)
class MergedOpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static JsonNode merged() throws Exception {
        String json = given().when().get("/openapi").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void everyServicesPathsAreUnderTheirPublicPrefixWithOneAbsoluteServer() throws Exception {
        JsonNode document = merged();
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals(1, document.get("servers").size());
        assertEquals(RealDocuments.PUBLIC_URL, document.get("servers").get(0).get("url").asText());
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.contains("/api/hub/requests"), paths.toString());
        assertTrue(paths.stream().anyMatch(path -> path.startsWith("/api/fund/")), paths.toString());
        assertTrue(paths.stream().anyMatch(path -> path.startsWith("/api/knowledge/")), paths.toString());
        assertTrue(paths.stream().allMatch(path -> path.matches("/api/(hub|fund|knowledge)(/.*)?")), paths.toString());
    }

    @Test
    void componentsAreKeptOnceNamespacedWhenTheyClashAndNeverNamedAfterLanguageTypes() throws Exception {
        JsonNode schemas = merged().get("components").get("schemas");
        assertTrue(schemas.has("Problem"));
        assertTrue(schemas.has("DeadLetter"), "identical in every service: kept once, under its name");
        assertTrue(schemas.has("Hub_Money") && schemas.has("Fund_Money"), "different in hub and fund: namespaced");
        assertFalse(schemas.has("Money"));
        for (String languageType : List.of("UUID", "LocalDate", "OffsetDateTime")) {
            assertFalse(schemas.has(languageType), languageType + " is written inline as a format");
        }
        JsonNode schemes = merged().get("components").get("securitySchemes");
        assertEquals(1, schemes.size());
        assertEquals("openIdConnect", schemes.get("oidc").get("type").asText());
    }

    @Test
    void operationIdsAreUniqueAndEveryOperationDeclaresTheGatewaysAnswers() throws Exception {
        JsonNode document = merged();
        Set<String> ids = new HashSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String id = op.getValue().get("operationId").asText();
            assertTrue(ids.add(id), "operationId " + id + " twice");
            JsonNode responses = op.getValue().get("responses");
            assertEquals("#/components/responses/TooManyRequests", responses.path("429").path("$ref").asText(),
                    path.getKey());
            for (String status : List.of("502", "503", "504")) {
                assertTrue(responses.has(status), path.getKey() + " " + op.getKey() + " " + status);
            }
        }));
        assertTrue(ids.contains("hubListDeadLetters") && ids.contains("fundListDeadLetters"),
                "a clashing id is prefixed with its service");
        JsonNode tooMany = document.get("components").get("responses").get("TooManyRequests").get("headers");
        for (String header : List.of("Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
            assertTrue(tooMany.has(header), header);
        }
    }

    @Test
    void yamlWhenAskedForIt() {
        given().accept("application/yaml").when().get("/openapi")
                .then().statusCode(200).contentType(startsWith("application/yaml")).body(startsWith("openapi:"));
        given().when().get("/openapi.yaml")
                .then().statusCode(200).contentType(startsWith("application/yaml")).body(startsWith("openapi:"));
        given().when().get("/openapi?format=json").then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void passesRedoclyAndSpectralWithOwasp() {
        String document = given().when().get("/openapi.json").then().statusCode(200).extract().asString();
        OpenApiLint.Result redocly = OpenApiLint.lint(document, Path.of("target", "openapi-lint", "redocly"));
        System.out.println(redocly.report());
        assertTrue(redocly.passed(), redocly.report());
        OpenApiLint.Result spectral = OpenApiLint.spectral(document, Path.of("target", "openapi-lint", "spectral"));
        System.out.println(spectral.report());
        assertTrue(spectral.passed(), spectral.report());
    }
}
