package org.gcm.testsupport.api;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A service's OpenAPI document as the suites read it: every operation with its inputs resolved. */
public final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** Paths of the platform, not of the service's API. */
    private static final List<String> PLATFORM_PATHS = List.of("/q/");

    private final JsonNode root;
    private final Schemas schemas;
    private final List<Operation> operations = new ArrayList<>();

    private ApiDocument(JsonNode root) {
        this.root = root;
        this.schemas = new Schemas(root);
        readOperations();
    }

    /** Reads the document of the service under test ({@code /q/openapi} as JSON). */
    public static ApiDocument ofRunningService() {
        String json = given().accept("application/json").queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static ApiDocument parse(String json) {
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    public Schemas schemas() {
        return schemas;
    }

    private void readOperations() {
        Set<String> globalSecurity = roles(root.get("security"));
        boolean globallySecured = root.path("security").size() > 0;
        for (Map.Entry<String, JsonNode> path : iterable(root.path("paths"))) {
            if (PLATFORM_PATHS.stream().anyMatch(path.getKey()::startsWith)) {
                continue;
            }
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), op, shared,
                            globallySecured, globalSecurity));
                }
            }
        }
    }

    private Operation operation(String method, String path, JsonNode op, List<JsonNode> shared,
            boolean globallySecured, Set<String> globalRoles) {
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>(shared);
        op.path("parameters").forEach(declared::add);
        for (JsonNode p : declared) {
            ObjectNode parameter = schemas.resolve(p);
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), schemas.resolve(parameter.get("schema"))));
        }
        ObjectNode body = null;
        boolean bodyRequired = false;
        Set<String> mediaTypes = new LinkedHashSet<>();
        if (op.has("requestBody")) {
            ObjectNode requestBody = schemas.resolve(op.get("requestBody"));
            bodyRequired = requestBody.path("required").asBoolean(false);
            requestBody.path("content").fieldNames().forEachRemaining(mediaTypes::add);
            JsonNode json = requestBody.path("content").get("application/json");
            if (json != null) {
                body = schemas.resolve(json.get("schema"));
            }
        }
        boolean secured = op.has("security") ? op.get("security").size() > 0 : globallySecured;
        Set<String> roles = op.has("security") ? roles(op.get("security")) : globalRoles;
        Set<String> responses = new LinkedHashSet<>();
        Set<String> errorsWithoutProblem = new LinkedHashSet<>();
        op.path("responses").fields().forEachRemaining(response -> {
            responses.add(response.getKey());
            ObjectNode problem = schemas.resolve(schemas.resolve(response.getValue()).path("content")
                    .path("application/problem+json").path("schema"));
            if (response.getKey().matches("[45].*") && !problem.has("properties")) {
                errorsWithoutProblem.add(response.getKey());
            }
        });
        String operationId = op.path("operationId").asText(method + " " + path);
        return new Operation(method, path, operationId, parameters, body, bodyRequired, mediaTypes, secured,
                roles, responses, errorsWithoutProblem);
    }

    private static Set<String> roles(JsonNode security) {
        Set<String> roles = new LinkedHashSet<>();
        if (security != null) {
            for (JsonNode requirement : security) {
                requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
            }
        }
        return roles;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
