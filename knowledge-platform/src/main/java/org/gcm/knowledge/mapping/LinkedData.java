package org.gcm.knowledge.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gcm.knowledge.domain.GuidingPrinciple;
import org.gcm.knowledge.domain.Objective;
import org.gcm.knowledge.domain.Practice;

/**
 * JSON-LD of the open data: the SKOS vocabularies of the objectives and guiding principles, and the DCAT-AP
 * catalogue of the published repository. URIs are stable: {@code <base>/vocabularies/objectives/6},
 * {@code <base>/vocabularies/principles/human-rights}, {@code <base>/practices/<id>}.
 */
public final class LinkedData {

    public static final String MEDIA_TYPE = "application/ld+json";
    private static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String M49 = "http://unstats.un.org/unsd/methodology/m49/";

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

    public static Map<String, Object> objectiveConcept(String base, Objective o) {
        Map<String, Object> concept = node(objectivesScheme(base) + "/" + o.number, "skos:Concept");
        concept.put("skos:notation", Integer.toString(o.number));
        concept.put("skos:prefLabel", text("en", o.title));
        concept.put("skos:altLabel", text("en", o.shortLabel));
        concept.put("skos:inScheme", ref(objectivesScheme(base)));
        concept.put("skos:topConceptOf", ref(objectivesScheme(base)));
        return concept;
    }

    public static Map<String, Object> principleConcept(String base, GuidingPrinciple p) {
        Map<String, Object> concept = node(principlesScheme(base) + "/" + p.code, "skos:Concept");
        concept.put("skos:notation", p.code);
        concept.put("skos:prefLabel", text("en", p.label));
        concept.put("skos:inScheme", ref(principlesScheme(base)));
        concept.put("skos:topConceptOf", ref(principlesScheme(base)));
        return concept;
    }

    public static Map<String, Object> scheme(String id, String title, String description, List<Map<String, Object>> concepts) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("@context", context());
        scheme.put("@id", id);
        scheme.put("@type", "skos:ConceptScheme");
        scheme.put("dct:title", text("en", title));
        scheme.put("dct:description", text("en", description));
        scheme.put("dct:source", "United Nations General Assembly resolution 73/195 (Global Compact for Safe, Orderly and Regular Migration)");
        scheme.put("skos:hasTopConcept", concepts.stream().map(c -> ref((String) c.get("@id"))).toList());
        scheme.put("@graph", concepts);
        return scheme;
    }

    public static Map<String, Object> concept(Map<String, Object> concept) {
        Map<String, Object> withContext = new LinkedHashMap<>();
        withContext.put("@context", context());
        withContext.putAll(concept);
        return withContext;
    }

    /** The catalogue: the repository as a whole (with its JSON and CSV distributions) and each published practice. */
    public static Map<String, Object> catalogue(String base, List<Map<String, Object>> practiceDatasets) {
        Map<String, Object> catalogue = node(base + "/catalog.jsonld", "dcat:Catalog");
        catalogue.put("@context", context());
        catalogue.put("dct:title", text("en", "Global Compact for Migration knowledge platform"));
        catalogue.put("dct:description", text("en", "Open repository of practices, evidence, initiatives, review inputs and "
                + "tools tagged by the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."));
        catalogue.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", "Global Compact for Migration capacity-building mechanism"));
        catalogue.put("dcat:themeTaxonomy", List.of(ref(objectivesScheme(base)), ref(principlesScheme(base))));
        catalogue.put("foaf:homepage", ref(base + "/practices"));
        List<Map<String, Object>> datasets = new ArrayList<>();
        Map<String, Object> repository = node(base + "/exports/practices", "dcat:Dataset");
        repository.put("dct:title", text("en", "Published practices of the GCM knowledge platform"));
        repository.put("dct:description", text("en", "Every published item of the repository, as JSON and as CSV."));
        repository.put("dcat:theme", ref(objectivesScheme(base)));
        repository.put("dct:license", ref("https://creativecommons.org/licenses/by/4.0/"));
        repository.put("dcat:distribution", List.of(
                distribution(base + "/exports/practices.json", "JSON", "application/json"),
                distribution(base + "/exports/practices.csv", "CSV", "text/csv")));
        datasets.add(repository);
        datasets.addAll(practiceDatasets);
        catalogue.put("dcat:dataset", datasets);
        return catalogue;
    }

    public static Map<String, Object> practiceDataset(String base, Practice p) {
        Map<String, Object> dataset = node(base + "/practices/" + p.id, "dcat:Dataset");
        dataset.put("dct:identifier", p.id.toString());
        dataset.put("dct:title", p.titles.entrySet().stream().map(e -> text(e.getKey(), e.getValue())).toList());
        dataset.put("dct:description", p.summaries.entrySet().stream().map(e -> text(e.getKey(), e.getValue())).toList());
        dataset.put("dct:type", p.kind.name());
        dataset.put("dct:issued", typed(p.publishedAt.toString(), "xsd:dateTime"));
        dataset.put("dct:modified", typed(p.updatedAt.toString(), "xsd:dateTime"));
        dataset.put("dct:language", p.languages);
        List<Map<String, Object>> themes = new ArrayList<>();
        p.objectives.forEach(o -> themes.add(ref(objectivesScheme(base) + "/" + o)));
        p.principles.forEach(code -> themes.add(ref(principlesScheme(base) + "/" + code)));
        dataset.put("dcat:theme", themes);
        List<Map<String, Object>> spatial = new ArrayList<>();
        p.countries.forEach(c -> spatial.add(ref(EU_COUNTRY + c)));
        p.regions.forEach(r -> spatial.add(ref(M49 + r)));
        dataset.put("dct:spatial", spatial);
        if (p.licence != null) {
            dataset.put("dct:license", p.licence);
        }
        if (p.source != null) {
            dataset.put("dct:source", p.source + ":" + p.sourceId);
        }
        dataset.put("dcat:landingPage", ref(base + "/practices/" + p.id));
        dataset.put("dcat:distribution", List.of(distribution(base + "/practices/" + p.id, "JSON", "application/json")));
        return dataset;
    }

    private static Map<String, Object> distribution(String url, String format, String mediaType) {
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dcat:accessURL", ref(url));
        distribution.put("dcat:downloadURL", ref(url));
        distribution.put("dct:format", ref(EU_FILE_TYPE + format));
        distribution.put("dcat:mediaType", mediaType);
        return distribution;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    private static Map<String, Object> text(String language, String value) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("@value", value);
        text.put("@language", language);
        return text;
    }

    private static Map<String, Object> typed(String value, String type) {
        Map<String, Object> literal = new LinkedHashMap<>();
        literal.put("@value", value);
        literal.put("@type", type);
        return literal;
    }
}
