package org.gcm.gateway.openapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The services' documents as one OpenAPI 3.1 document for integrators, as the gateway exposes the API: every path
 * under its service's public prefix, one absolute server (the gateway), one OpenID Connect security scheme, the
 * components merged ({@link ComponentMerge}), operationIds unique (a clashing id is prefixed with its service's name
 * in every service: {@code hubListDeadLetters}), tags named per service ({@code Hub: Requests}) and grouped by
 * service, JSON listed first where an answer has several media types (generators take the first), and the
 * gateway's own answers on every operation ({@link GatewayAnswers}); a string whose format fixes its length gets
 * that {@code maxLength} ({@link FormatLengths}). The services' documents are changed in place.
 */
final class DocumentMerge {

    static final String SECURITY_SCHEME = "oidc";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentMerge() {
    }

    static ObjectNode merge(List<ServiceDocument> services, URI publicUrl, String serverDescription) {
        services.forEach(ComponentMerge::inlineLanguageTypes);
        services.forEach(service -> FormatLengths.declare(service.document()));
        ObjectNode components = ComponentMerge.merge(services);
        components.set("securitySchemes", securitySchemes(services));
        Map<String, Integer> operationIds = operationIdCounts(services);

        ObjectNode merged = NODES.objectNode().put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "GCM capacity-building mechanism API")
                .put("version", services.isEmpty() ? "1.0.0" : services.get(0).document().path("info").path("version")
                        .asText("1.0.0"))
                .put("description", "The connection hub, the start-up fund and the global knowledge platform of the "
                        + "Global Compact for Migration's capacity-building mechanism, as the gateway exposes them: "
                        + "one document merged from the services' own.")
                .putObject("contact").put("name", "GCM capacity-building mechanism").put("url", publicUrl.toString());
        merged.putArray("servers").addObject()
                .put("url", stripTrailingSlash(publicUrl.toString()))
                .put("description", serverDescription)
                .put("x-internal", false);
        merged.putArray("security").addObject().putArray(SECURITY_SCHEME);
        ArrayNode tags = merged.putArray("tags");
        ArrayNode tagGroups = merged.putArray("x-tagGroups");
        ObjectNode paths = merged.putObject("paths");
        for (ServiceDocument service : services) {
            ObjectNode group = tagGroups.addObject()
                    .put("name", service.document().path("info").path("title").asText(service.namespace()));
            ArrayNode groupTags = group.putArray("tags");
            service.document().path("tags").forEach(tag -> {
                ObjectNode renamed = ((ObjectNode) tag.deepCopy()).put("name", tagName(service, tag.path("name").asText()));
                tags.add(renamed);
                groupTags.add(renamed.get("name").asText());
            });
            service.document().path("paths").fields().forEachRemaining(path -> {
                String publicPath = path.getKey().equals("/") ? service.prefix() : service.prefix() + path.getKey();
                paths.set(publicPath, pathItem(service, (ObjectNode) path.getValue(), operationIds));
            });
        }
        GatewayAnswers.declare(components, paths);
        merged.set("components", components);
        return merged;
    }

    private static ObjectNode pathItem(ServiceDocument service, ObjectNode item, Map<String, Integer> operationIds) {
        item.fields().forEachRemaining(field -> {
            if (!METHODS.contains(field.getKey())) {
                return;
            }
            ObjectNode operation = (ObjectNode) field.getValue();
            String id = operation.path("operationId").asText(null);
            if (id != null && operationIds.get(id) > 1) {
                operation.put("operationId", service.name() + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            }
            if (operation.get("tags") instanceof ArrayNode operationTags) {
                for (int i = 0; i < operationTags.size(); i++) {
                    operationTags.set(i, NODES.textNode(tagName(service, operationTags.get(i).asText())));
                }
            }
            if (operation.has("security")) {
                operation.set("security", oneScheme(operation.get("security")));
            }
            jsonFirst(operation.path("requestBody").path("content"));
            operation.path("responses").forEach(answer -> jsonFirst(answer.path("content")));
        });
        return item;
    }

    /** Each requirement names the one scheme; its scopes stay. */
    private static ArrayNode oneScheme(JsonNode requirements) {
        ArrayNode renamed = NODES.arrayNode();
        requirements.forEach(requirement -> {
            ObjectNode one = renamed.addObject();
            requirement.fields().forEachRemaining(scheme -> one.set(SECURITY_SCHEME, scheme.getValue()));
        });
        return renamed;
    }

    /** Generators pick the first media type: JSON before CSV or others, so that a generated call reads JSON. */
    private static void jsonFirst(JsonNode content) {
        if (!(content instanceof ObjectNode media) || media.size() < 2) {
            return;
        }
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        media.fields().forEachRemaining(type -> {
            if (type.getKey().contains("json")) {
                ordered.put(type.getKey(), type.getValue());
            }
        });
        media.fields().forEachRemaining(type -> ordered.putIfAbsent(type.getKey(), type.getValue()));
        media.removeAll();
        ordered.forEach(media::set);
    }

    /** The services' OpenID Connect scheme (they name the same realm) as the document's only scheme. */
    private static ObjectNode securitySchemes(List<ServiceDocument> services) {
        String discovery = services.stream()
                .flatMap(service -> {
                    List<JsonNode> schemes = new ArrayList<>();
                    service.document().path("components").path("securitySchemes").forEach(schemes::add);
                    return schemes.stream();
                })
                .filter(scheme -> scheme.path("type").asText().equals("openIdConnect"))
                .map(scheme -> scheme.path("openIdConnectUrl").asText())
                .findFirst().orElse("");
        ObjectNode schemes = NODES.objectNode();
        schemes.putObject(SECURITY_SCHEME)
                .put("type", "openIdConnect")
                .put("openIdConnectUrl", discovery)
                .put("description", "Bearer tokens (JWT, RFC 8725 practices: signed, short-lived, audience checked) "
                        + "from the mechanism's OpenID Connect realm; the gateway and the services verify them.");
        return schemes;
    }

    private static Map<String, Integer> operationIdCounts(List<ServiceDocument> services) {
        Map<String, Integer> counts = new HashMap<>();
        for (ServiceDocument service : services) {
            service.document().path("paths").forEach(item -> item.fields().forEachRemaining(field -> {
                if (METHODS.contains(field.getKey()) && field.getValue().has("operationId")) {
                    counts.merge(field.getValue().get("operationId").asText(), 1, Integer::sum);
                }
            }));
        }
        return counts;
    }

    private static String tagName(ServiceDocument service, String tag) {
        return service.namespace() + ": " + tag;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
