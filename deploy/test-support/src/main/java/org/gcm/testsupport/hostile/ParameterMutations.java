package org.gcm.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.gcm.testsupport.api.HttpCall;
import org.gcm.testsupport.api.Operation;
import org.gcm.testsupport.api.Parameter;
import org.gcm.testsupport.api.Schemas;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad path, query and header values: the wrong type, out of range, not in the enum, one over maxLength (or very long
 * where no length is declared), an invalid UUID or date, control characters, and injection strings.
 */
final class ParameterMutations {

    private ParameterMutations() {
    }

    static List<BadInput> of(Operation operation, HttpCall call) {
        List<BadInput> inputs = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            BiFunction<HttpCall, String, HttpCall> put;
            switch (parameter.in()) {
                case "path":
                    put = (c, v) -> c.withPath(parameter.name(), v);
                    break;
                case "query":
                    put = (c, v) -> c.withQuery(parameter.name(), v);
                    break;
                case "header":
                    header(parameter, call, inputs);
                    continue;
                default:
                    continue;
            }
            values(parameter, call, put, inputs);
        }
        return inputs;
    }

    private static void values(Parameter parameter, HttpCall call, BiFunction<HttpCall, String, HttpCall> put,
            List<BadInput> inputs) {
        ObjectNode schema = parameter.schema();
        if ("array".equals(Schemas.type(schema)) && schema.has("items")) {
            schema = (ObjectNode) schema.get("items");
        }
        String name = parameter.name();
        String type = Schemas.type(schema);
        String format = schema.path("format").asText();
        switch (type) {
            case "integer":
            case "number":
                inputs.add(new BadInput("text for a number", name, true, put.apply(call, "abc")));
                if (type.equals("integer")) {
                    inputs.add(new BadInput("fraction for an integer", name, true, put.apply(call, "1.5")));
                    inputs.add(new BadInput("integer overflow", name, true, put.apply(call, "100000000000000000000")));
                }
                if (schema.has("maximum")) {
                    inputs.add(new BadInput("one over maximum", name, true,
                            put.apply(call, schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString())));
                }
                if (schema.has("minimum")) {
                    inputs.add(new BadInput("one under minimum", name, true, put.apply(call,
                            schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString())));
                }
                break;
            case "boolean":
                inputs.add(new BadInput("yes for a boolean", name, true, put.apply(call, "yes")));
                inputs.add(new BadInput("2 for a boolean", name, true, put.apply(call, "2")));
                break;
            default:
                if (schema.has("enum")) {
                    inputs.add(new BadInput("invalid enum value", name, true, put.apply(call, "NOT_A_VALUE_ZZ")));
                }
                if (schema.has("maxLength")) {
                    inputs.add(new BadInput("one over maxLength", name, true,
                            put.apply(call, "x".repeat(schema.get("maxLength").asInt() + 1))));
                }
                if (format.equals("uuid")) {
                    inputs.add(new BadInput("invalid uuid", name, true, put.apply(call, "not-a-uuid")));
                }
                if (format.equals("date")) {
                    for (String date : BodyMutations.IMPOSSIBLE_DATES) {
                        if (!date.isEmpty()) {
                            inputs.add(new BadInput("impossible date " + date, name, true, put.apply(call, date)));
                        }
                    }
                }
                if (schema.has("pattern")) {
                    inputs.add(new BadInput("pattern mismatch", name, true, put.apply(call, "!not matching!")));
                }
                break;
        }
        inputs.add(new BadInput("NUL character", name, true, put.apply(call, "a\u0000b")));
        inputs.add(new BadInput("control character", name, true, put.apply(call, "a\u001bb")));
        inputs.add(new BadInput("4000 characters", name, !schema.has("maxLength") ? false : schema.get("maxLength").asInt() < 4000,
                put.apply(call, "x".repeat(4_000))));
        for (String text : BodyMutations.INJECTIONS) {
            inputs.add(new BadInput("injection string", name, false, put.apply(call, text)));
        }
    }

    private static void header(Parameter parameter, HttpCall call, List<BadInput> inputs) {
        if (parameter.schema().has("maxLength")) {
            inputs.add(new BadInput("one over maxLength", parameter.name(), true, call.withHeader(parameter.name(),
                    "x".repeat(parameter.schema().get("maxLength").asInt() + 1))));
        }
    }
}
