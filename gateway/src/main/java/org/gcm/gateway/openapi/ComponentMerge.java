package org.gcm.gateway.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The services' components as one set: a name the services use for the same content is kept once
 * ({@code Problem}), a name they use for different contents is namespaced in every service ({@code Hub_Money},
 * {@code Fund_Money}: never {@code Money1}, whose meaning depends on the order of the merge), and scalar schemas named
 * after a language's own types ({@code UUID}, {@code LocalDate}) are written inline, as {@code format}s, so that
 * generated clients use the language's type instead of a class that shadows it. Security schemes are not merged
 * here: the document has one.
 */
final class ComponentMerge {

    /** Type names of the languages clients are generated in (Java, C#, TypeScript, Python, Go). */
    static final Set<String> LANGUAGE_TYPES = Set.of("UUID", "Uuid", "LocalDate", "LocalTime", "LocalDateTime",
            "OffsetDateTime", "ZonedDateTime", "Instant", "Duration", "Period", "BigDecimal", "BigInteger", "URI", "URL",
            "Date", "DateTime", "Object", "String", "Integer", "Long", "Boolean", "Map", "List", "Set");

    private static final String SCHEMAS = "schemas";
    private static final String SECURITY_SCHEMES = "securitySchemes";

    private ComponentMerge() {
    }

    /** Writes the service's scalar schemas named after language types inline and drops them from its components. */
    static void inlineLanguageTypes(ServiceDocument service) {
        JsonNode schemas = service.document().path("components").path(SCHEMAS);
        Map<String, JsonNode> inlined = new HashMap<>();
        for (String name : LANGUAGE_TYPES) {
            JsonNode schema = schemas.get(name);
            if (schema != null && !schema.has("properties") && !schema.has("$ref")) {
                inlined.put(ref(SCHEMAS, name), schema);
            }
        }
        if (inlined.isEmpty()) {
            return;
        }
        inlined.keySet().forEach(ref -> ((ObjectNode) schemas).remove(ref.substring(ref.lastIndexOf('/') + 1)));
        References.inline(service.document(), inlined);
    }

    /** The merged components; the services' references are renamed where their names clash. */
    static ObjectNode merge(List<ServiceDocument> services) {
        Map<String, Map<String, JsonNode>> uses = uses(services);
        Set<String> clashing = clashing(uses);
        for (ServiceDocument service : services) {
            Map<String, String> renamed = new HashMap<>();
            clashing.stream().filter(ref -> uses.get(ref).containsKey(service.name()))
                    .forEach(ref -> renamed.put(ref, namespaced(ref, service)));
            References.rename(service.document(), renamed);
        }
        Map<String, Map<String, JsonNode>> merged = new TreeMap<>();
        for (ServiceDocument service : services) {
            service.document().path("components").fields().forEachRemaining(kind -> {
                if (kind.getKey().equals(SECURITY_SCHEMES)) {
                    return;
                }
                kind.getValue().fields().forEachRemaining(component -> {
                    String ref = ref(kind.getKey(), component.getKey());
                    String name = clashing.contains(ref) ? service.namespace() + "_" + component.getKey()
                            : component.getKey();
                    merged.computeIfAbsent(kind.getKey(), k -> new TreeMap<>()).put(name, component.getValue());
                });
            });
        }
        ObjectNode components = JsonNodeFactory.instance.objectNode();
        merged.forEach((kind, named) -> named.forEach((name, content) -> components.with(kind).set(name, content)));
        return components;
    }

    /** Every component by its reference, with each service's content for it (before renaming). */
    private static Map<String, Map<String, JsonNode>> uses(List<ServiceDocument> services) {
        Map<String, Map<String, JsonNode>> uses = new LinkedHashMap<>();
        for (ServiceDocument service : services) {
            service.document().path("components").fields().forEachRemaining(kind -> {
                if (!kind.getKey().equals(SECURITY_SCHEMES)) {
                    kind.getValue().fields().forEachRemaining(component -> uses
                            .computeIfAbsent(ref(kind.getKey(), component.getKey()), k -> new LinkedHashMap<>())
                            .put(service.name(), component.getValue()));
                }
            });
        }
        return uses;
    }

    /**
     * The names whose contents differ between services, and the shared names whose content refers to one of those
     * (once renamed, their contents differ too).
     */
    private static Set<String> clashing(Map<String, Map<String, JsonNode>> uses) {
        Set<String> clashing = new HashSet<>();
        uses.forEach((ref, contents) -> {
            if (new HashSet<>(contents.values()).size() > 1) {
                clashing.add(ref);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Map<String, JsonNode>> use : uses.entrySet()) {
                if (use.getValue().size() > 1 && !clashing.contains(use.getKey()) && use.getValue().values().stream()
                        .anyMatch(content -> clashing.stream().anyMatch(ref -> References.refersTo(content, ref)))) {
                    clashing.add(use.getKey());
                    grew = true;
                }
            }
        }
        return clashing;
    }

    private static String namespaced(String ref, ServiceDocument service) {
        int slash = ref.lastIndexOf('/');
        return ref.substring(0, slash + 1) + service.namespace() + "_" + ref.substring(slash + 1);
    }

    private static String ref(String kind, String name) {
        return "#/components/" + kind + "/" + name;
    }
}
