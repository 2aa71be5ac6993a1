package org.gcm.testsupport.api;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Resolves a schema of an OpenAPI document to what it says in place: a local {@code $ref} is replaced by its target,
 * {@code allOf} is merged (properties, required, limits), and a nullable {@code oneOf}/{@code anyOf} with one real
 * branch becomes that branch. Resolution is shallow (one node at a time), so recursive schemas cost nothing.
 */
public final class Schemas {

    private final JsonNode document;

    public Schemas(JsonNode document) {
        this.document = document;
    }

    /** The schema {@code schema} stands for; an empty object for a missing one. */
    public ObjectNode resolve(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        merge(result, schema, 0);
        return result;
    }

    private void merge(ObjectNode into, JsonNode schema, int depth) {
        if (depth > 20 || schema == null || !schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            merge(into, target(schema.get("$ref").asText()), depth + 1);
        }
        for (String choice : new String[] { "oneOf", "anyOf" }) {
            JsonNode branches = schema.get(choice);
            if (branches != null && branches.isArray()) {
                JsonNode only = null;
                int real = 0;
                for (JsonNode branch : branches) {
                    if (!"null".equals(branch.path("type").asText())) {
                        only = branch;
                        real++;
                    }
                }
                if (real == 1) {
                    merge(into, only, depth + 1);
                }
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                merge(into, part, depth + 1);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("$ref") || name.equals("allOf")) {
                continue;
            }
            if (name.equals("properties") && into.has("properties")) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) field.getValue().deepCopy());
            } else if (name.equals("required") && into.has("required")) {
                ((ArrayNode) into.get("required")).addAll((ArrayNode) field.getValue().deepCopy());
            } else if (name.equals("type") && field.getValue().isArray()) {
                // OpenAPI 3.1: ["string", "null"] is a nullable string.
                for (JsonNode type : field.getValue()) {
                    if (!"null".equals(type.asText())) {
                        into.put("type", type.asText());
                    }
                }
            } else {
                into.set(name, field.getValue().deepCopy());
            }
        }
    }

    private JsonNode target(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are resolved: " + ref);
        }
        JsonNode node = document;
        for (String step : ref.substring(2).split("/")) {
            node = node.path(step.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }

    /** The kind of value a resolved schema describes: its type, or "object" when it only has properties. */
    public static String type(JsonNode resolved) {
        if (resolved.hasNonNull("type")) {
            return resolved.get("type").asText();
        }
        if (resolved.has("properties")) {
            return "object";
        }
        if (resolved.has("enum")) {
            return "string";
        }
        return "";
    }
}
