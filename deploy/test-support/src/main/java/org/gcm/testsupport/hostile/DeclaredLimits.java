package org.gcm.testsupport.hostile;

import java.util.List;
import java.util.Set;

import org.gcm.testsupport.api.ApiDocument;
import org.gcm.testsupport.api.Operation;
import org.gcm.testsupport.api.Parameter;
import org.gcm.testsupport.api.Schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The document check: every input declares the limits the server enforces (the target every service works to):
 * a string a maxLength, an enum or a strictly parsed format; an array maxItems; an integer minimum and maximum; a
 * money amount its decimal pattern; and every operation documents the refusals its inputs can get (400 for input,
 * 413 and 415 for a body, 401 and 403 when secured), each error as a problem with a schema.
 */
final class DeclaredLimits {

    private static final Set<String> STRICT_FORMATS = Set.of("uuid", "date", "date-time");
    private static final int MAX_DEPTH = 6;

    private final Schemas schemas;
    private final Findings findings;

    DeclaredLimits(ApiDocument document, Findings findings) {
        this.schemas = document.schemas();
        this.findings = findings;
    }

    void check(Operation operation) {
        for (Parameter parameter : operation.parameters()) {
            value(operation, parameter.in() + " parameter " + parameter.name(), parameter.schema(), 0);
        }
        if (operation.body() != null) {
            value(operation, "body", operation.body(), 0);
        }
        boolean takesInput = operation.body() != null || !operation.parameters().isEmpty();
        documents(operation, takesInput, 400);
        documents(operation, operation.body() != null, 413);
        documents(operation, operation.body() != null, 415);
        documents(operation, operation.secured(), 401);
        documents(operation, operation.secured(), 403);
        if (!operation.errorsWithoutProblem().isEmpty()) {
            findings.add(Findings.NO_DECLARED_LIMIT, operation.operationId(), "error answers "
                    + operation.errorsWithoutProblem() + " not documented as application/problem+json with a schema");
        }
    }

    private void documents(Operation operation, boolean needed, int status) {
        if (needed && !operation.documents(status)) {
            findings.add(Findings.NO_DECLARED_LIMIT, operation.operationId(), "response " + status + " not documented");
        }
    }

    private void value(Operation operation, String where, JsonNode raw, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        ObjectNode schema = schemas.resolve(raw);
        String id = operation.operationId();
        switch (Schemas.type(schema)) {
            case "string":
                // A body that is a plain string (an import batch) is limited by the body size limit (413).
                if (!where.equals("body") && !schema.has("maxLength") && !schema.has("enum")
                        && !STRICT_FORMATS.contains(schema.path("format").asText())) {
                    findings.add(Findings.NO_DECLARED_LIMIT, id, where + ": string without maxLength");
                }
                break;
            case "integer":
                for (String limit : List.of("minimum", "maximum")) {
                    if (!schema.has(limit)) {
                        findings.add(Findings.NO_DECLARED_LIMIT, id, where + ": integer without " + limit);
                    }
                }
                break;
            case "array":
                if (!schema.has("maxItems")) {
                    findings.add(Findings.NO_DECLARED_LIMIT, id, where + ": array without maxItems");
                }
                value(operation, where + "[]", schema.get("items"), depth + 1);
                break;
            case "object":
                JsonNode properties = schema.path("properties");
                if (properties.has("amount") && properties.has("currency")) {
                    ObjectNode amount = schemas.resolve(properties.get("amount"));
                    if (!amount.has("pattern")) {
                        findings.add(Findings.NO_DECLARED_LIMIT, id, where + ".amount: money without its decimal pattern");
                    }
                }
                properties.fields().forEachRemaining(p -> value(operation, where + "." + p.getKey(), p.getValue(),
                        depth + 1));
                break;
            default:
                break;
        }
    }
}
