package org.gcm.knowledge.rest.opendata;

import static org.gcm.knowledge.rest.opendata.LinkedData.node;
import static org.gcm.knowledge.rest.opendata.LinkedData.objectivesScheme;
import static org.gcm.knowledge.rest.opendata.LinkedData.principlesScheme;
import static org.gcm.knowledge.rest.opendata.LinkedData.ref;
import static org.gcm.knowledge.rest.opendata.LinkedData.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gcm.reference.GuidingPrinciple;
import org.gcm.reference.Objective;

/**
 * The objectives and guiding principles as SKOS concept schemes in JSON-LD, with stable, dereferenceable URIs:
 * {@code <base>/vocabularies/objectives/6}, {@code <base>/vocabularies/principles/human-rights}.
 */
public final class SkosVocabularies {

    private static final String SOURCE = "United Nations General Assembly resolution 73/195 (Global Compact for Safe, "
            + "Orderly and Regular Migration)";

    private SkosVocabularies() {
    }

    public static Map<String, Object> objectives(String base, List<Objective> objectives) {
        return scheme(objectivesScheme(base), "Objectives of the Global Compact for Migration",
                "The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (resolution 73/195).",
                objectives.stream().map(o -> objectiveConcept(base, o)).toList());
    }

    public static Map<String, Object> principles(String base, List<GuidingPrinciple> principles) {
        return scheme(principlesScheme(base), "Guiding principles of the Global Compact for Migration",
                "The ten cross-cutting and interdependent guiding principles (paragraph 15 of the Compact).",
                principles.stream().map(p -> principleConcept(base, p)).toList());
    }

    /** One objective as a concept of its own document. */
    public static Map<String, Object> objective(String base, Objective o) {
        return withContext(objectiveConcept(base, o));
    }

    /** One guiding principle as a concept of its own document. */
    public static Map<String, Object> principle(String base, GuidingPrinciple p) {
        return withContext(principleConcept(base, p));
    }

    private static Map<String, Object> objectiveConcept(String base, Objective o) {
        Map<String, Object> concept = node(objectivesScheme(base) + "/" + o.number(), "skos:Concept");
        concept.put("skos:notation", Integer.toString(o.number()));
        concept.put("skos:prefLabel", text("en", o.title()));
        concept.put("skos:altLabel", text("en", o.shortLabel()));
        concept.put("skos:inScheme", ref(objectivesScheme(base)));
        concept.put("skos:topConceptOf", ref(objectivesScheme(base)));
        return concept;
    }

    private static Map<String, Object> principleConcept(String base, GuidingPrinciple p) {
        Map<String, Object> concept = node(principlesScheme(base) + "/" + p.code(), "skos:Concept");
        concept.put("skos:notation", p.code());
        concept.put("skos:prefLabel", text("en", p.label()));
        concept.put("skos:inScheme", ref(principlesScheme(base)));
        concept.put("skos:topConceptOf", ref(principlesScheme(base)));
        return concept;
    }

    private static Map<String, Object> scheme(String id, String title, String description,
            List<Map<String, Object>> concepts) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("@context", LinkedData.context());
        scheme.put("@id", id);
        scheme.put("@type", "skos:ConceptScheme");
        scheme.put("dct:title", text("en", title));
        scheme.put("dct:description", text("en", description));
        scheme.put("dct:source", SOURCE);
        scheme.put("skos:hasTopConcept", concepts.stream().map(c -> ref((String) c.get("@id"))).toList());
        scheme.put("@graph", concepts);
        return scheme;
    }

    private static Map<String, Object> withContext(Map<String, Object> concept) {
        Map<String, Object> withContext = new LinkedHashMap<>();
        withContext.put("@context", LinkedData.context());
        withContext.putAll(concept);
        return withContext;
    }
}
