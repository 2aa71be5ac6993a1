package org.gcm.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gcm.testsupport.api.Schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bad variants of a valid JSON body, one field changed at a time, following the schema to every depth: wrong
 * JSON types, missing and null required fields, invalid enum values, pattern mismatches, impossible dates, one over
 * maxLength and maxItems, numbers out of range, bad money, control characters, unknown fields, and the injection
 * strings that are legitimate text when within limits.
 */
final class BodyMutations {

    /** One changed body. */
    record Variant(String what, String field, boolean certainlyInvalid, JsonNode body) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    /** The length sent where the document declares none: enough to pass any sensible column. */
    private static final int UNDECLARED_LENGTH = 100_001;
    static final List<String> INJECTIONS = List.of("' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../etc/passwd");
    static final List<String> IMPOSSIBLE_DATES = List.of("0000-01-01", "+99999-01-01", "2026-02-30", "2026-13-01", "");

    private final Schemas schemas;
    private final JsonNode baseline;
    private final List<Variant> variants = new ArrayList<>();

    private BodyMutations(Schemas schemas, JsonNode baseline) {
        this.schemas = schemas;
        this.baseline = baseline;
    }

    static List<Variant> of(Schemas schemas, JsonNode schema, JsonNode baseline) {
        BodyMutations mutations = new BodyMutations(schemas, baseline);
        mutations.walk(schema, baseline, new ArrayList<>(), 0);
        return mutations.variants;
    }

    private void walk(JsonNode rawSchema, JsonNode value, List<Object> at, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        ObjectNode schema = schemas.resolve(rawSchema);
        switch (Schemas.type(schema)) {
            case "object":
                object(schema, value, at, depth);
                break;
            case "array":
                array(schema, value, at, depth);
                break;
            case "integer":
            case "number":
                number(schema, at);
                break;
            case "boolean":
                certain("text for a boolean", at, JSON.textNode("yes"));
                certain("number for a boolean", at, JSON.numberNode(1));
                certain("\"null\" for a boolean", at, JSON.textNode("null"));
                break;
            case "string":
                string(schema, at);
                break;
            default:
                break;
        }
    }

    private void object(ObjectNode schema, JsonNode value, List<Object> at, int depth) {
        if (!at.isEmpty()) {
            certain("text for an object", at, JSON.textNode("x"));
            certain("array for an object", at, JSON.arrayNode());
        }
        if (!(value instanceof ObjectNode)) {
            return;
        }
        if (schema.path("additionalProperties").isObject()) {
            map(schema, (ObjectNode) value, at, depth);
            return;
        }
        ObjectNode properties = schema.path("properties") instanceof ObjectNode p ? p : JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        // Required only in some cases (JSON Schema if/then, as OpenAPI 3.1 writes it): leaving it out may be refused.
        List<String> conditional = new ArrayList<>();
        schema.path("then").path("required").forEach(r -> conditional.add(r.asText()));
        if (isMoney(properties)) {
            money(at);
        }
        properties.fields().forEachRemaining(property -> {
            List<Object> child = with(at, property.getKey());
            if (required.contains(property.getKey())) {
                variants.add(new Variant("required field missing", path(child), true, remove(child)));
                certain("null for a required field", child, JSON.nullNode());
            } else if (value.has(property.getKey()) && !value.get(property.getKey()).isNull()
                    && !conditional.contains(property.getKey())) {
                // Optional in the document: the server must not require it (REQUIRED_NOT_DOCUMENTED otherwise).
                variants.add(new Variant("optional field left out", path(child), false, remove(child)));
            }
            JsonNode current = value.get(property.getKey());
            walk(property.getValue(), current == null ? new Samples(schemas).of(property.getValue(), 0) : current,
                    child, depth + 1);
        });
        List<Object> unknown = with(at, "zzUnknownField");
        variants.add(new Variant("unknown field", path(unknown), true, set(unknown, JSON.numberNode(1))));
    }

    /** A map (for example language to text): its first entry's value varied, and one entry over maxProperties. */
    private void map(ObjectNode schema, ObjectNode value, List<Object> at, int depth) {
        java.util.Iterator<String> keys = value.fieldNames();
        if (!keys.hasNext()) {
            return;
        }
        String first = keys.next();
        if (schema.has("maxProperties")) {
            ObjectNode many = value.deepCopy();
            for (int i = 0; many.size() <= schema.get("maxProperties").asInt(); i++) {
                many.set("k" + i, value.get(first).deepCopy());
            }
            certain("one over maxProperties", at, many);
        }
        walk(schema.get("additionalProperties"), value.get(first), with(at, first), depth + 1);
    }

    private void array(ObjectNode schema, JsonNode value, List<Object> at, int depth) {
        certain("text for an array", at, JSON.textNode("x"));
        certain("object for an array", at, JSON.objectNode());
        JsonNode element = value != null && value.isArray() && value.size() > 0 ? value.get(0)
                : new Samples(schemas).of(schema.get("items"), 0);
        int count = schema.has("maxItems") ? schema.get("maxItems").asInt() + 1 : 1_001;
        ArrayNode many = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            many.add(element.deepCopy());
        }
        variants.add(new Variant(schema.has("maxItems") ? "one over maxItems" : "1001 items, no maxItems declared",
                path(at), schema.has("maxItems"), set(at, many)));
        ArrayNode withNull = JSON.arrayNode().addNull();
        certain("null element", at, withNull, path(with(at, 0)));
        if (value != null && value.isArray() && value.size() > 0) {
            walk(schema.get("items"), value.get(0), with(at, 0), depth + 1);
        }
    }

    private void number(ObjectNode schema, List<Object> at) {
        boolean integer = "integer".equals(Schemas.type(schema));
        certain("text for a number", at, JSON.textNode("12"));
        certain("boolean for a number", at, JSON.booleanNode(true));
        if (integer) {
            certain("fraction for an integer", at, JSON.numberNode(1.5));
            certain("integer overflow", at, JSON.numberNode(new java.math.BigInteger("100000000000000000000")));
        }
        if (schema.has("maximum")) {
            certain("one over maximum", at, JSON.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
        }
        if (schema.has("minimum")) {
            certain("one under minimum", at,
                    JSON.numberNode(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
        }
    }

    private void string(ObjectNode schema, List<Object> at) {
        certain("number for a string", at, JSON.numberNode(12345));
        certain("boolean for a string", at, JSON.booleanNode(true));
        certain("object for a string", at, JSON.objectNode());
        certain("array for a string", at, JSON.arrayNode().add("x"));
        certain("NUL character", at, JSON.textNode("NUL\u0000char"));
        certain("control character", at, JSON.textNode("bell\u0007char"));
        if (schema.has("maxLength")) {
            certain("one over maxLength", at, JSON.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
        } else if (!schema.has("enum")) {
            variants.add(new Variant("100001 characters, no maxLength declared", path(at), false,
                    set(at, JSON.textNode("x".repeat(UNDECLARED_LENGTH)))));
        }
        if (schema.has("enum")) {
            certain("invalid enum value", at, JSON.textNode("NOT_A_VALUE_ZZ"));
        }
        if (schema.has("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            for (String candidate : List.of("   ", "!not matching!", "zz", "0")) {
                if (!pattern.matcher(candidate).find()) {
                    certain("pattern mismatch", at, JSON.textNode(candidate));
                    break;
                }
            }
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            IMPOSSIBLE_DATES.forEach(date -> certain("impossible date " + date, at, JSON.textNode(date)));
            certain("number for a date", at, JSON.numberNode(20260101));
        } else if (format.equals("date-time")) {
            certain("impossible date-time", at, JSON.textNode("2026-02-30T10:00:00Z"));
            certain("year 0 date-time", at, JSON.textNode("0000-01-01T00:00:00Z"));
        } else if (format.equals("uuid")) {
            certain("invalid uuid", at, JSON.textNode("not-a-uuid"));
        }
        if (!schema.has("enum") && !schema.has("pattern") && format.isEmpty()) {
            int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
            INJECTIONS.stream().filter(text -> text.length() <= max).forEach(text ->
                    variants.add(new Variant("injection string", path(at), false, set(at, JSON.textNode(text)))));
        }
    }

    private static boolean isMoney(ObjectNode properties) {
        return properties.has("amount") && properties.has("currency") && properties.size() <= 3;
    }

    private void money(List<Object> at) {
        List<Object> amount = with(at, "amount");
        certain("money with 3 decimals", amount, JSON.textNode("10.005"));
        certain("money with 18 integer digits", amount, JSON.textNode("123456789012345678"));
        certain("money 1e9999", amount, JSON.textNode("1e9999"));
        certain("money as a JSON number", amount, JSON.numberNode(new java.math.BigDecimal("10.50")));
        certain("money not a number", amount, JSON.textNode("ten"));
        variants.add(new Variant("negative money", path(amount), false, set(amount, JSON.textNode("-10.00"))));
        List<Object> currency = with(at, "currency");
        certain("currency XXX", currency, JSON.textNode("XXX"));
        certain("currency lower case", currency, JSON.textNode("usd"));
        certain("currency not ISO 4217", currency, JSON.textNode("ZZZ"));
    }

    private void certain(String what, List<Object> at, JsonNode replacement) {
        certain(what, at, replacement, path(at));
    }

    private void certain(String what, List<Object> at, JsonNode replacement, String field) {
        variants.add(new Variant(what, field, true, set(at, replacement)));
    }

    private JsonNode set(List<Object> at, JsonNode replacement) {
        if (at.isEmpty()) {
            return replacement;
        }
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = navigate(copy, at.subList(0, at.size() - 1));
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, replacement);
        } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
            if (index < array.size()) {
                array.set(index, replacement);
            } else {
                array.add(replacement);
            }
        }
        return copy;
    }

    private JsonNode remove(List<Object> at) {
        JsonNode copy = baseline.deepCopy();
        if (navigate(copy, at.subList(0, at.size() - 1)) instanceof ObjectNode object) {
            object.remove((String) at.get(at.size() - 1));
        }
        return copy;
    }

    /** The node at {@code at}, creating objects on the way where the baseline has none. */
    private static JsonNode navigate(JsonNode root, List<Object> at) {
        JsonNode node = root;
        for (Object step : at) {
            if (step instanceof String name && node instanceof ObjectNode object) {
                if (!object.has(name) || !object.get(name).isContainerNode()) {
                    object.set(name, JSON.objectNode());
                }
                node = object.get(name);
            } else if (step instanceof Integer index && node instanceof ArrayNode array) {
                if (array.size() <= index) {
                    array.add(JSON.objectNode());
                }
                node = array.get(index);
            }
        }
        return node;
    }

    private static List<Object> with(List<Object> at, Object step) {
        List<Object> next = new ArrayList<>(at);
        next.add(step);
        return next;
    }

    /** The field path as a client writes it: {@code focalPoints[0].name}. */
    static String path(List<Object> at) {
        StringBuilder out = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }
}
