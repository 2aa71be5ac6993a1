package org.gcm.knowledge.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.config.KnowledgeConfig;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.mapping.AtomFeed;
import org.gcm.knowledge.mapping.Csv;
import org.gcm.knowledge.mapping.ImportRows;
import org.gcm.knowledge.mapping.LinkedData;
import org.gcm.knowledge.service.PublishedPractices;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published repository as open data (para 43 (c): "an online open data source"): JSON and CSV exports, a
 * DCAT-AP catalogue in JSON-LD and an Atom feed of newly published items. Anonymous; published items only.
 * Exports stream page by page, so their size is not bounded by memory.
 */
@Path("/")
@PermitAll
@SecurityRequirements
@Tag(name = "Open data")
public class OpenDataResource {

    /** The CSV export's columns: the import's columns (so an export can be imported elsewhere) and provenance. */
    static final List<String> CSV_EXPORT_COLUMNS = csvColumns();

    private final PublishedPractices published;
    private final ObjectMapper json;
    private final KnowledgeConfig config;

    public OpenDataResource(PublishedPractices published, ObjectMapper json, KnowledgeConfig config) {
        this.published = published;
        this.json = json;
        this.config = config;
    }

    @GET
    @Path("/exports/practices.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPracticesJson", summary = "Export the published repository as JSON",
            description = "Every published practice, newest first, in the shape of GET /practices/{id}, as {\"items\": [...], \"total\": n}.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "export", value = "{\"items\": [" + PracticeResource.PRACTICE_EXAMPLE + "], \"total\": 1}")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public Response exportJson() {
        StreamingOutput body = out -> {
            JsonGenerator generator = json.getFactory().createGenerator(out);
            generator.writeStartObject();
            generator.writeArrayFieldStart("items");
            long[] total = {0};
            published.forEach(PracticeViews.PracticeView::of, view -> {
                write(generator, view);
                total[0]++;
            });
            generator.writeEndArray();
            generator.writeNumberField("total", total[0]);
            generator.writeEndObject();
            generator.flush();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "inline; filename=\"practices.json\"").build();
    }

    @GET
    @Path("/exports/practices.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportPracticesCsv", summary = "Export the published repository as CSV",
            description = "RFC 4180 CSV in UTF-8, one line per published practice, newest first. The columns are the "
                    + "import's (lists separated by ';', title and summary one column per language) plus id, publishedAt, "
                    + "source and sourceId.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "export", value = """
                    id,publishedAt,kind,originalLanguage,title_ar,...
                    0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e,2026-11-22T10:00Z,PRACTICE,en,,...
                    """)))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public Response exportCsv() {
        StreamingOutput body = out -> {
            out.write(Csv.line(CSV_EXPORT_COLUMNS).getBytes(StandardCharsets.UTF_8));
            published.forEach(OpenDataResource::csvLine, line -> write(out, line));
            out.flush();
        };
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"practices.csv\"").build();
    }

    @GET
    @Path("/catalog.jsonld")
    @Produces(LinkedData.MEDIA_TYPE)
    @Operation(operationId = "getCatalog", summary = "The DCAT-AP catalogue (JSON-LD)",
            description = "A dcat:Catalog with the repository as a dataset (JSON and CSV distributions) and each published "
                    + "practice as a dcat:Dataset: multilingual title and description, themes (SKOS objective and principle "
                    + "URIs), spatial coverage (EU country authority and UN M49 URIs), issue and modification dates, licence.")
    @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(mediaType = LinkedData.MEDIA_TYPE,
            examples = @ExampleObject(name = "catalogue", value = """
                    {"@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
                     "@id": "http://127.0.0.1:8080/api/knowledge/catalog.jsonld", "@type": "dcat:Catalog",
                     "dcat:dataset": [{"@id": "http://127.0.0.1:8080/api/knowledge/practices/0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e",
                     "@type": "dcat:Dataset", "dct:title": [{"@value": "Pre-departure orientation", "@language": "en"}]}]}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public Response catalog() {
        String base = config.publicBaseUrl();
        StreamingOutput body = out -> {
            List<Map<String, Object>> repository = new ArrayList<>();
            Map<String, Object> catalogue = LinkedData.catalogue(base, repository);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fixed = (List<Map<String, Object>>) catalogue.remove("dcat:dataset");
            JsonGenerator generator = json.getFactory().createGenerator(out);
            generator.writeStartObject();
            for (Map.Entry<String, Object> field : catalogue.entrySet()) {
                generator.writeFieldName(field.getKey());
                json.writeValue(generator, field.getValue());
            }
            generator.writeArrayFieldStart("dcat:dataset");
            for (Map<String, Object> dataset : fixed) {
                json.writeValue(generator, dataset);
            }
            published.forEach(p -> LinkedData.practiceDataset(base, p), dataset -> write(generator, dataset));
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
        };
        return Response.ok(body, LinkedData.MEDIA_TYPE).build();
    }

    @GET
    @Path("/feed.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(operationId = "getFeed", summary = "Atom feed of newly published items",
            description = "The newest published practices (knowledge.feed.size, default 50), newest first.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = AtomFeed.MEDIA_TYPE,
            examples = @ExampleObject(name = "feed", value = """
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>GCM knowledge platform: newly published</title>
                    <entry><id>urn:uuid:0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e</id><title xml:lang="en">Pre-departure orientation</title></entry></feed>""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public Response feed() {
        List<Practice> newest = published.newest(config.feed().size());
        return Response.ok(AtomFeed.of(config.publicBaseUrl(), newest, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)),
                AtomFeed.MEDIA_TYPE + "; charset=utf-8").build();
    }

    private static String csvLine(Practice p) {
        List<String> fields = new ArrayList<>();
        fields.add(p.id.toString());
        fields.add(p.publishedAt.toString());
        fields.add(p.kind.name());
        fields.add(p.originalLanguage);
        for (UnLanguage l : UnLanguage.values()) {
            fields.add(p.titles.get(l.code));
        }
        for (UnLanguage l : UnLanguage.values()) {
            fields.add(p.summaries.get(l.code));
        }
        fields.add(p.body);
        fields.add(String.join(";", p.objectives.stream().map(String::valueOf).toList()));
        fields.add(String.join(";", p.principles));
        fields.add(String.join(";", p.countries));
        fields.add(String.join(";", p.regions));
        fields.add(String.join(";", p.organisations));
        fields.add(String.join(";", p.partners));
        fields.add(p.timeframeStart == null ? null : p.timeframeStart.toString());
        fields.add(p.timeframeEnd == null ? null : p.timeframeEnd.toString());
        fields.add(p.results);
        fields.add(p.lessonsLearned);
        fields.add(String.join(";", p.links));
        fields.add(p.contactName);
        fields.add(p.contactEmail);
        fields.add(p.licence);
        fields.add(p.forum);
        fields.add(p.submitterType == null ? null : p.submitterType.name());
        fields.add(p.level == null ? null : p.level.name());
        fields.add(p.source);
        fields.add(p.sourceId);
        return Csv.line(fields);
    }

    private static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(List.of("id", "publishedAt"));
        columns.addAll(ImportRows.CSV_COLUMNS.subList(1, ImportRows.CSV_COLUMNS.size()));
        columns.addAll(List.of("source", "sourceId"));
        return List.copyOf(columns);
    }

    private void write(JsonGenerator generator, Object value) {
        try {
            json.writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
