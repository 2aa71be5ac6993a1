package org.gcm.knowledge.rest.opendata;

import static org.gcm.knowledge.rest.opendata.LinkedData.node;
import static org.gcm.knowledge.rest.opendata.LinkedData.objectivesScheme;
import static org.gcm.knowledge.rest.opendata.LinkedData.principlesScheme;
import static org.gcm.knowledge.rest.opendata.LinkedData.ref;
import static org.gcm.knowledge.rest.opendata.LinkedData.text;
import static org.gcm.knowledge.rest.opendata.LinkedData.typed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.service.PublishedPractices;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published repository as a DCAT-AP {@code dcat:Catalog} in JSON-LD: the repository as a dataset with its JSON
 * and CSV distributions, then each published practice as a {@code dcat:Dataset} (language-tagged title and
 * description, themes as SKOS URIs, spatial coverage as EU country authority and M49 URIs), written page by page.
 */
@ApplicationScoped
public class DcatCatalogue {

    private static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String M49 = "http://unstats.un.org/unsd/methodology/m49/";

    private final PublishedPractices published;
    private final ObjectMapper json;

    public DcatCatalogue(PublishedPractices published, ObjectMapper json) {
        this.published = published;
        this.json = json;
    }

    public StreamingOutput body() {
        String base = published.publicBaseUrl();
        return out -> {
            JsonGenerator generator = json.getFactory().createGenerator(out);
            generator.writeStartObject();
            for (Map.Entry<String, Object> field : catalogue(base).entrySet()) {
                generator.writeFieldName(field.getKey());
                json.writeValue(generator, field.getValue());
            }
            generator.writeArrayFieldStart("dcat:dataset");
            json.writeValue(generator, repository(base));
            published.forEach(p -> dataset(base, p), dataset -> JsonExport.write(json, generator, dataset));
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
        };
    }

    /** The catalogue's own description; its datasets follow. */
    private static Map<String, Object> catalogue(String base) {
        Map<String, Object> catalogue = node(base + "/catalog.jsonld", "dcat:Catalog");
        catalogue.put("@context", LinkedData.context());
        catalogue.put("dct:title", text("en", "Global Compact for Migration knowledge platform"));
        catalogue.put("dct:description", text("en", "Open repository of practices, evidence, initiatives, review inputs and "
                + "tools tagged by the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration."));
        catalogue.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", "Global Compact for Migration capacity-building mechanism"));
        catalogue.put("dcat:themeTaxonomy", List.of(ref(objectivesScheme(base)), ref(principlesScheme(base))));
        catalogue.put("foaf:homepage", ref(base + "/practices"));
        return catalogue;
    }

    /** The repository as a whole, with its JSON and CSV distributions. */
    private static Map<String, Object> repository(String base) {
        Map<String, Object> repository = node(base + "/exports/practices", "dcat:Dataset");
        repository.put("dct:title", text("en", "Published practices of the GCM knowledge platform"));
        repository.put("dct:description", text("en", "Every published item of the repository, as JSON and as CSV."));
        repository.put("dcat:theme", ref(objectivesScheme(base)));
        repository.put("dct:license", ref("https://creativecommons.org/licenses/by/4.0/"));
        repository.put("dcat:distribution", List.of(
                distribution(base + "/exports/practices.json", "JSON", "application/json"),
                distribution(base + "/exports/practices.csv", "CSV", "text/csv")));
        return repository;
    }

    private static Map<String, Object> dataset(String base, Practice p) {
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
}
