package org.gcm.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.gcm.testsupport.api.HttpCall;
import org.gcm.testsupport.api.Operation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad bodies as a whole: malformed JSON, trailing tokens, a key given twice, an empty or {@code null} body, an array
 * for an object, a JSON body under another content type, and a body over the service's size limit.
 */
final class RawBodies {

    private RawBodies() {
    }

    static List<BadInput> of(Operation operation, HttpCall call, JsonNode baseline, long maxBodyBytes) {
        List<BadInput> inputs = new ArrayList<>();
        String json = baseline.toString();
        inputs.add(new BadInput("malformed JSON", null, true, call.withJson("{\"title\": ")));
        inputs.add(new BadInput("trailing garbage", null, true, call.withJson(json + "xyz")));
        inputs.add(new BadInput("second JSON document", null, true, call.withJson(json + " {}")));
        String duplicated = firstKey(baseline);
        if (duplicated != null) {
            // The last occurrence would win in a lenient reader: make it a harmful one.
            String twice = json.substring(0, json.length() - 1) + ",\"" + duplicated + "\":null}";
            inputs.add(new BadInput("duplicate key", duplicated, true, call.withJson(twice)));
        }
        boolean object = baseline.isObject();
        inputs.add(new BadInput("empty body", null, operation.bodyRequired(), call.withJson("")));
        inputs.add(new BadInput("null body", null, operation.bodyRequired(), call.withJson("null")));
        if (object) {
            inputs.add(new BadInput("array for the body", null, true, call.withJson("[" + json + "]")));
            inputs.add(new BadInput("text for the body", null, true, call.withJson("\"text\"")));
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        inputs.add(new BadInput("JSON sent as text/plain", null, true, call.withBody("text/plain", bytes)));
        inputs.add(new BadInput("JSON sent as multipart/form-data", null, true,
                call.withBody("multipart/form-data; boundary=zz", ("--zz\r\nContent-Disposition: form-data; name=\"a\""
                        + "\r\n\r\n" + json + "\r\n--zz--\r\n").getBytes(StandardCharsets.UTF_8))));
        inputs.add(new BadInput("JSON sent as application/xml", null, true, call.withBody("application/xml", bytes)));
        inputs.add(new BadInput("body over the size limit", null, true,
                call.withJson("{\"x\":\"" + "x".repeat((int) Math.min(maxBodyBytes + 1, 64L << 20)) + "\"}")));
        return inputs;
    }

    private static String firstKey(JsonNode baseline) {
        if (!baseline.isObject()) {
            return null;
        }
        Iterator<String> names = baseline.fieldNames();
        return names.hasNext() ? names.next() : null;
    }
}
