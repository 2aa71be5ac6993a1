package org.gcm.hub.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error answer of the hub is {@code application/problem+json} (RFC 9457): this filter says so in the OpenAPI
 * document for every 4xx/5xx response that an operation declares, and adds the {@code Problem} schema.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        // Said once here rather than on every operation: a secured operation refuses a missing or invalid token,
        // and one that takes If-Match refuses a stale version.
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getResponses().getAPIResponse("401") == null) {
            operation.getResponses().addAPIResponse("401",
                    OASFactory.createAPIResponse().description("No valid token (missing, expired, wrong issuer or audience)"));
        }
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (ifMatch && operation.getResponses().getAPIResponse("412") == null) {
            operation.getResponses().addAPIResponse("412",
                    OASFactory.createAPIResponse().description("If-Match does not name the current version (ETag)"));
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription("Refused; the body says why.");
                }
                response.setContent(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("rule", text).addProperty("message", text);
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, and for validation which fields.")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .example(Map.of("type", "/problems/state-conflict",
                        "title", "The action conflicts with the resource's state", "status", 409,
                        "detail", "Request 3f6c1a2e-8b4d-4c1f-9e2a-5d7b8c9e0f11 is DRAFT; accept is allowed only when it is [UNDER_ASSESSMENT].")));
    }
}
