package org.gcm.gateway.openapi;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway itself answers on every operation, declared once as components and referred to from each
 * operation: 429 when the caller used up its rate (with {@code Retry-After}), 502, 503 (with {@code Retry-After})
 * and 504 when the service cannot answer; and the rate-limit headers the gateway adds to every answer of a
 * rate-limited route ({@code ServiceRoutes}), declared on every 2xx and 4xx answer but 401 (a caller without a
 * valid token is refused before its rate is counted); and {@code Access-Control-Allow-Origin}, which the gateway's
 * CORS handling adds to every answer for a browser on an allowed origin.
 */
final class GatewayAnswers {

    static final String RATE_LIMIT_LIMIT = "RateLimit-Limit";
    static final String RATE_LIMIT_REMAINING = "RateLimit-Remaining";
    static final String RATE_LIMIT_RESET = "RateLimit-Reset";
    static final String RETRY_AFTER = "Retry-After";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> ANSWERS = Map.of(
            "429", "TooManyRequests", "502", "BadGateway", "503", "ServiceUnavailable", "504", "GatewayTimeout");

    private GatewayAnswers() {
    }

    /** Adds the gateway's headers and answers to {@code components} and to every operation of {@code paths}. */
    static void declare(ObjectNode components, JsonNode paths) {
        ObjectNode headers = components.with("headers");
        headers.set(RATE_LIMIT_LIMIT, header("Requests the caller may send on this route per period", 1));
        headers.set(RATE_LIMIT_REMAINING, header("Requests the caller has left now", 0));
        headers.set(RATE_LIMIT_RESET, header("Seconds until the caller's allowance is whole again", 0));
        headers.set(RETRY_AFTER, header("Seconds to wait before retrying", 1));
        ObjectNode allowOrigin = headers.putObject(ALLOW_ORIGIN).put("description", "The calling page's origin, "
                + "to browsers on the origins the gateway allows (quarkus.http.cors.origins)");
        allowOrigin.putObject("schema").put("type", "string").put("format", "uri").put("maxLength", 2048);
        ObjectNode responses = components.with("responses");
        responses.set("TooManyRequests", answer("The caller used up its rate on this route (gateway)", 429,
                "Too Many Requests", "Too many requests on /api/hub; retry after 12 s.", true, true));
        responses.set("BadGateway", answer("The service's answer could not be passed on (gateway)", 502,
                "Bad Gateway", "The hub service's answer could not be read.", false, false));
        responses.set("ServiceUnavailable", answer("The service cannot be reached, or the gateway has stopped "
                + "sending to it for a while after repeated failures", 503, "Service Unavailable",
                "The hub service is unavailable; retry later.", true, false));
        responses.set("GatewayTimeout", answer("The service did not answer in time (gateway)", 504,
                "Gateway Timeout", "The hub service did not answer in time.", false, false));
        paths.forEach(path -> path.fields().forEachRemaining(operation -> {
            if (operation.getValue().has("responses")) {
                declareOn((ObjectNode) operation.getValue().get("responses"));
            }
        }));
    }

    private static void declareOn(ObjectNode responses) {
        responses.fields().forEachRemaining(answer -> {
            String status = answer.getKey();
            if (!(answer.getValue() instanceof ObjectNode response) || response.has("$ref")) {
                return;
            }
            ObjectNode declared = response.with("headers");
            declared.set(ALLOW_ORIGIN, reference("headers", ALLOW_ORIGIN));
            if ((status.startsWith("2") || status.startsWith("4")) && !status.equals("401")) {
                for (String name : new String[] {RATE_LIMIT_LIMIT, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET}) {
                    declared.set(name, reference("headers", name));
                }
            }
        });
        // The gateway's answers replace any the service declares: callers get the gateway's.
        ANSWERS.forEach((status, name) -> responses.set(status, reference("responses", name)));
    }

    private static ObjectNode header(String description, int minimum) {
        ObjectNode header = NODES.objectNode().put("description", description);
        header.putObject("schema").put("type", "integer").put("format", "int64").put("minimum", minimum)
                .put("maximum", Integer.MAX_VALUE);
        return header;
    }

    private static ObjectNode answer(String description, int status, String title, String detail,
            boolean retryAfter, boolean rateLimited) {
        ObjectNode response = NODES.objectNode().put("description", description);
        ObjectNode headers = response.putObject("headers");
        headers.set(ALLOW_ORIGIN, reference("headers", ALLOW_ORIGIN));
        if (retryAfter) {
            headers.set(RETRY_AFTER, reference("headers", RETRY_AFTER));
        }
        if (rateLimited) {
            for (String name : new String[] {RATE_LIMIT_LIMIT, RATE_LIMIT_REMAINING, RATE_LIMIT_RESET}) {
                headers.set(name, reference("headers", name));
            }
        }
        ObjectNode problem = response.putObject("content").putObject("application/problem+json");
        problem.set("schema", reference("schemas", "Problem"));
        problem.putObject("example").put("type", "about:blank").put("title", title).put("status", status).put("detail", detail)
                .put("instance", "/api/hub/requests");
        return response;
    }

    private static ObjectNode reference(String kind, String name) {
        return NODES.objectNode().put("$ref", "#/components/" + kind + "/" + name);
    }
}
