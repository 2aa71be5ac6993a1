package org.gcm.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/** A server's answer as the suites judge it: status, content type and, for a problem, its status and fields. */
record Answer(int status, String contentType, String body, JsonNode problem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer of(Response response) {
        String body = response.asString();
        JsonNode problem = null;
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (type.startsWith("application/problem+json")) {
            try {
                problem = JSON.readTree(body);
            } catch (java.io.IOException e) {
                problem = null;
            }
        }
        return new Answer(response.getStatusCode(), type, body, problem);
    }

    boolean isProblem() {
        return problem != null && problem.isObject();
    }

    /** The fields the problem names in {@code errors[].field}. */
    List<String> fields() {
        List<String> fields = new ArrayList<>();
        if (isProblem()) {
            problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        }
        return fields;
    }

    /** The rules the problem names for {@code field}. */
    List<String> rules(String field) {
        List<String> rules = new ArrayList<>();
        if (isProblem()) {
            problem.path("errors").forEach(e -> {
                if (field.equals(e.path("field").asText())) {
                    rules.add(e.path("rule").asText());
                }
            });
        }
        return rules;
    }

    String shortly() {
        String text = body == null ? "" : body.replace('\n', ' ');
        return status + " " + (contentType.isEmpty() ? "(no content type)" : contentType) + " "
                + (text.length() > 240 ? text.substring(0, 240) + "..." : text);
    }
}
