package org.gcm.gateway.openapi;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Gives strings whose format fixes their length the {@code maxLength} that follows from it (a UUID is 36
 * characters, an ISO 8601 date 10), where the service left it out: integrators' validators and the lint see the
 * limit the service enforces by parsing the value.
 */
final class FormatLengths {

    /** The longest text of each format: {@code 2026-12-06T09:14:03.123456789+05:30} for a date-time. */
    private static final Map<String, Integer> LONGEST = Map.of("uuid", 36, "date", 10, "date-time", 35);

    private FormatLengths() {
    }

    static void declare(JsonNode node) {
        if (node instanceof ObjectNode schema && isString(schema.get("type")) && schema.path("format").isTextual()
                && !schema.has("maxLength")) {
            Integer longest = LONGEST.get(schema.get("format").asText());
            if (longest != null) {
                schema.put("maxLength", longest);
            }
        }
        node.forEach(FormatLengths::declare);
    }

    private static boolean isString(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (one.asText().equals("string")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals("string");
    }
}
