package org.gcm.knowledge.rest.opendata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD common to the open data (the DCAT-AP catalogue and the SKOS vocabularies): the context, nodes,
 * references and literals, and the stable URIs of the two concept schemes ({@code <base>/vocabularies/objectives},
 * {@code <base>/vocabularies/principles}).
 */
public final class LinkedData {

    public static final String MEDIA_TYPE = "application/ld+json";

    private LinkedData() {
    }

    public static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return context;
    }

    public static String objectivesScheme(String base) {
        return base + "/vocabularies/objectives";
    }

    public static String principlesScheme(String base) {
        return base + "/vocabularies/principles";
    }

    static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    static Map<String, Object> text(String language, String value) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("@value", value);
        text.put("@language", language);
        return text;
    }

    static Map<String, Object> typed(String value, String type) {
        Map<String, Object> literal = new LinkedHashMap<>();
        literal.put("@value", value);
        literal.put("@type", type);
        return literal;
    }
}
