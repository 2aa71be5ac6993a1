package org.gcm.problem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the error answers of every operation of every service in one place, so that resources carry no
 * repeated annotation stanzas: from what an operation is, it adds the refusals it can give (401 and 403 when it is
 * secured, 400 on every operation (a control character in a path or query is refused anywhere), 413 and 415 when it takes a body, 404 when its path names a resource, 409 when it
 * is an action on one, 412 when it takes {@code If-Match}, 422 when it takes {@code Idempotency-Key}, and 414 and 431,
 * the request line and header limits, on every operation), and says of
 * every 4xx and 5xx answer, declared here or by the resource, that its body is a {@code Problem} with the example
 * of its kind from {@link ProblemExamples}. A resource still declares a refusal when it has something specific to
 * say about it (which role, which state); its description is kept. Found by Quarkus in this module's index and
 * run once, when a service is built, so every service's document has it without configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** What SmallRye writes for secured operations on its own: said better here, a resource's own words are kept. */
    private static final Set<String> GENERATED = Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean onResource = path.contains("{");
        boolean action = onResource && method == PathItem.HttpMethod.POST && !path.endsWith("}");
        // Every operation: a control character in any path or query value is refused before routing.
        add(responses, "400", true, "Invalid input: the errors name each field or parameter and the rule it broke");
        add(responses, "401", secured, "No valid token (missing, expired, wrong issuer or audience)");
        add(responses, "403", secured, "The caller's role or scope does not allow this operation");
        add(responses, "404", onResource, "No such resource, or none the caller may see");
        add(responses, "409", action || hasParameter(operation, IF_MATCH),
                "The resource's state does not allow this, or it changed at the same time");
        add(responses, "412", hasParameter(operation, IF_MATCH), "If-Match does not name the current version (ETag)");
        add(responses, "413", body, "The body is larger than the service accepts");
        add(responses, "414", true, "The request target (path and query) is longer than the service accepts");
        add(responses, "415", body, "The body's Content-Type is not one this operation takes (JSON unless it says "
                + "otherwise)");
        add(responses, "431", true, "The request's headers are larger than the service accepts");
        add(responses, "422", hasParameter(operation, IDEMPOTENCY_KEY), "The Idempotency-Key was used with another body");
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                describeAsProblem(code, response);
            }
        });
    }

    private static void add(APIResponses responses, String code, boolean applies, String description) {
        if (!applies) {
            return;
        }
        APIResponse declared = responses.getAPIResponse(code);
        if (declared == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        } else if (GENERATED.contains(declared.getDescription())) {
            declared.setDescription(description);
        }
    }

    private static void describeAsProblem(String code, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Refused; the body says why.");
        }
        MediaType declared = response.getContent() == null ? null
                : response.getContent().getMediaType(ProblemResponses.MEDIA_TYPE);
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (declared != null && declared.getExamples() != null && !declared.getExamples().isEmpty()) {
            problem.setExamples(declared.getExamples());
        } else {
            ProblemExamples.of(code).forEach((name, example) -> problem.addExample(name,
                    OASFactory.createExample().summary(example.title()).value(asJson(example))));
        }
        response.setContent(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE, problem));
    }

    /** The example as plain JSON values: the OpenAPI writer does not know records. */
    private static Map<String, Object> asJson(Problem example) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", example.type().toString());
        json.put("title", example.title());
        json.put("status", example.status());
        json.put("detail", example.detail());
        if (!example.errors().isEmpty()) {
            json.put("errors", example.errors().stream().map(e -> Map.of("field", e.field(), "rule", e.rule(),
                    "message", e.message())).toList());
        }
        return json;
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static boolean hasParameter(Operation operation, String header) {
        return parameters(operation).stream().anyMatch(p -> header.equalsIgnoreCase(p.getName()));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("rule", text).addProperty("message", text);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, and for invalid input which fields and rules.")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(100)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"))
                .example(asJson(ProblemExamples.of("409").get("state-conflict")));
    }
}
