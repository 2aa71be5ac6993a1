package org.gcm.testsupport.hostile;

import java.util.UUID;

import org.gcm.testsupport.api.Schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plausible values made from a schema alone, for operations the wiring gives no baseline for: the first enum value,
 * the example, a value within the limits. They reach the validation less often than a real baseline does.
 */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Schemas schemas;

    Samples(Schemas schemas) {
        this.schemas = schemas;
    }

    JsonNode of(JsonNode schema, int depth) {
        ObjectNode s = schemas.resolve(schema);
        if (s.has("example") && !s.get("example").isNull()) {
            return s.get("example");
        }
        if (s.path("examples").isArray() && s.get("examples").size() > 0) {
            return s.get("examples").get(0);
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        switch (Schemas.type(s)) {
            case "object": {
                ObjectNode object = JSON.objectNode();
                if (depth < 6) {
                    s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), of(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array": {
                ArrayNode array = JSON.arrayNode();
                if (depth < 6) {
                    array.add(of(s.get("items"), depth + 1));
                }
                return array;
            }
            case "integer":
                return JSON.numberNode(s.has("minimum") ? Math.max(1, s.get("minimum").asLong()) : 1);
            case "number":
                return JSON.numberNode(1);
            case "boolean":
                return JSON.booleanNode(false);
            default:
                return JSON.textNode(sampleString(s));
        }
    }

    private static String sampleString(ObjectNode s) {
        switch (s.path("format").asText()) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date":
                return "2027-01-15";
            case "date-time":
                return "2027-01-15T10:00:00Z";
            case "email":
                return "someone@example.org";
            default:
                int max = s.path("maxLength").asInt(20);
                return "sample".substring(0, Math.max(1, Math.min(6, max)));
        }
    }
}
