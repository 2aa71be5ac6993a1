package org.gcm.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code $ref}s of a document: renamed or replaced by what they point to. */
final class References {

    private static final String REF = "$ref";

    private References() {
    }

    /** Points every reference in {@code oldRef -> newRef} at its new name. */
    static void rename(JsonNode node, Map<String, String> newRefs) {
        forEachReference(node, object -> {
            String renamed = newRefs.get(object.get(REF).asText());
            if (renamed != null) {
                object.put(REF, renamed);
            }
        });
    }

    /** Replaces every reference in {@code targets} by a copy of its target; the reference's own fields win. */
    static void inline(JsonNode node, Map<String, JsonNode> targets) {
        forEachReference(node, object -> {
            JsonNode target = targets.get(object.get(REF).asText());
            if (target != null) {
                object.remove(REF);
                target.fields().forEachRemaining(field -> {
                    if (!object.has(field.getKey())) {
                        object.set(field.getKey(), field.getValue().deepCopy());
                    }
                });
            }
        });
    }

    /** Whether {@code node} refers to {@code ref} anywhere inside. */
    static boolean refersTo(JsonNode node, String ref) {
        List<Boolean> found = new ArrayList<>();
        forEachReference(node, object -> {
            if (object.get(REF).asText().equals(ref)) {
                found.add(true);
            }
        });
        return !found.isEmpty();
    }

    private static void forEachReference(JsonNode node, Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode object && object.path(REF).isTextual()) {
            action.accept(object);
        }
        if (node.isContainerNode()) {
            List<JsonNode> children = new ArrayList<>();
            node.elements().forEachRemaining(children::add);
            children.forEach(child -> forEachReference(child, action));
        }
    }
}
