package org.gcm.knowledge.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.rest.opendata.AtomFeed;
import org.gcm.knowledge.rest.opendata.CsvExport;
import org.gcm.knowledge.rest.opendata.DcatCatalogue;
import org.gcm.knowledge.rest.opendata.JsonExport;
import org.gcm.knowledge.rest.opendata.LinkedData;
import org.gcm.knowledge.service.PublishedPractices;

/**
 * The published repository as open data (para 43 (c): "an online open data source"): JSON and CSV exports, a
 * DCAT-AP catalogue in JSON-LD and an Atom feed of newly published items. Anonymous; published items only.
 * Exports stream page by page, so their size is not bounded by memory; the writers in {@code rest.opendata} make them.
 */
@Path("/")
@PermitAll
@SecurityRequirements
@Tag(name = "Open data")
@APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer")
public class OpenDataResource {

    private final PublishedPractices published;
    private final JsonExport jsonExport;
    private final CsvExport csvExport;
    private final DcatCatalogue catalogue;

    public OpenDataResource(PublishedPractices published, JsonExport jsonExport, CsvExport csvExport,
            DcatCatalogue catalogue) {
        this.published = published;
        this.jsonExport = jsonExport;
        this.csvExport = csvExport;
        this.catalogue = catalogue;
    }

    @GET
    @Path("/exports/practices.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPracticesJson", summary = "Export the published repository as JSON",
            description = "Every published practice, newest first, in the shape of GET /practices/{id}, as {\"items\": [...], \"total\": n}.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "export", value = "{\"items\": [" + Examples.PRACTICE + "], \"total\": 1}")))
    public Response exportJson() {
        return Response.ok(jsonExport.body(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "inline; filename=\"practices.json\"").build();
    }

    @GET
    @Path("/exports/practices.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @Operation(operationId = "exportPracticesCsv", summary = "Export the published repository as CSV",
            description = "RFC 4180 CSV in UTF-8, one line per published practice, newest first. The columns are the "
                    + "import's (lists separated by ';', title and summary one column per language) plus id, publishedAt, "
                    + "source and sourceId.")
    @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = CsvExport.MEDIA_TYPE,
            examples = @ExampleObject(name = "export", value = """
                    id,publishedAt,kind,originalLanguage,title_ar,...
                    0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e,2026-11-22T10:00Z,PRACTICE,en,,...
                    """)))
    public Response exportCsv() {
        return Response.ok(csvExport.body(), CsvExport.MEDIA_TYPE + "; charset=utf-8")
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
    public Response catalog() {
        return Response.ok(catalogue.body(), LinkedData.MEDIA_TYPE).build();
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
    public Response feed() {
        String xml = AtomFeed.of(published.publicBaseUrl(), published.newest(), OffsetDateTime.now(ZoneOffset.UTC));
        return Response.ok(xml, AtomFeed.MEDIA_TYPE + "; charset=utf-8").build();
    }
}
