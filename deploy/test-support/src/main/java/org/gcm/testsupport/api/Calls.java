package org.gcm.testsupport.api;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The valid call of an operation that both suites start from: the wiring's baseline where it gives one, otherwise
 * path values made from the parameters' schemas (a random UUID, 1, or {@code unknown}); a fresh
 * {@code Idempotency-Key} where the document requires one.
 */
public final class Calls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Calls() {
    }

    public static HttpCall baseline(Operation operation, Baseline baseline, String token) {
        Baseline filled = baseline == null ? Baseline.call() : baseline;
        HttpCall call = HttpCall.of(operation, filled, token);
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path") && !filled.path().containsKey(parameter.name())) {
                call = call.withPath(parameter.name(), generated(parameter));
            }
            if (parameter.in().equals("header") && parameter.required() && !filled.headers().containsKey(parameter.name())
                    && parameter.name().equalsIgnoreCase("Idempotency-Key")) {
                call = call.withHeader(parameter.name(), UUID.randomUUID().toString());
            }
        }
        if (filled.body() != null) {
            call = call.withJson(JSON.valueToTree(filled.body()).toString());
        }
        return call;
    }

    /** The baseline body as a JSON tree; null when the wiring gives none. */
    public static JsonNode body(Baseline baseline) {
        return baseline == null || baseline.body() == null ? null : JSON.valueToTree(baseline.body());
    }

    private static String generated(Parameter parameter) {
        String type = parameter.schema().path("type").asText();
        if ("uuid".equals(parameter.schema().path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        return type.equals("integer") || type.equals("number") ? "1" : "unknown";
    }
}
