package org.gcm.knowledge.rest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.knowledge.domain.ImportFormat;
import org.gcm.knowledge.domain.ImportRejection;
import org.gcm.knowledge.domain.ImportState;
import org.gcm.knowledge.domain.PracticeImport;
import org.gcm.knowledge.service.imports.ImportRunner;
import org.gcm.knowledge.service.imports.ImportService;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Bulk import of practices from other sources (para 43 (c)(iii)), by editors, in the background. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@Tag(name = "Imports")
public class ImportResource {

    /** The largest body, as quarkus.http.limits.max-body-size (4M) lets it through: a batch of MAX_ROWS rows. */
    static final int MAX_BODY = 4 * 1024 * 1024;

    static final String IMPORT_EXAMPLE = """
            {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "source": "gfmd-pfp", "format": "CSV", "retrievedAt": "2026-11-01T00:00:00Z",
             "state": "SUCCEEDED", "rowsTotal": 3, "rowsDone": 3, "created": 2, "updated": 0, "rejected": 1,
             "rejections": [{"row": 3, "sourceId": "pfp-17", "field": "objectives", "message": "must name at least one GCM objective (1 to 23)"}],
             "startedBy": "editor-1", "createdAt": "2026-11-22T10:00:00Z", "finishedAt": "2026-11-22T10:00:02Z", "version": 2}""";

    private final ImportService imports;
    private final ImportRunner runner;
    private final IdempotentCreations creations;

    public ImportResource(ImportService imports, ImportRunner runner, IdempotentCreations creations) {
        this.imports = imports;
        this.runner = runner;
        this.creations = creations;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RejectionView(int row, String sourceId, String field, String message) {
        static RejectionView of(ImportRejection r) {
            return new RejectionView(r.rowNumber, r.sourceId, r.field, r.message);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportView(UUID id, String source, ImportFormat format, OffsetDateTime retrievedAt, ImportState state,
            int rowsTotal, int rowsDone, int created, int updated, int rejected, List<RejectionView> rejections, String failure,
            String startedBy, OffsetDateTime createdAt, OffsetDateTime finishedAt, long version) {
        static ImportView of(PracticeImport i, List<ImportRejection> rejections) {
            return new ImportView(i.id, i.source, i.format, i.retrievedAt, i.state, i.rowsTotal, i.rowsDone, i.createdCount,
                    i.updatedCount, i.rejectedCount, rejections.stream().map(RejectionView::of).toList(), i.failure,
                    i.startedBy, i.createdAt, i.finishedAt, i.version);
        }
    }

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "startImport", summary = "Import a batch of practices (editors)",
            description = "The body is CSV (text/csv, a header line; lists separated by ';'; title_en, summary_fr, ... one "
                    + "column per language) or JSON (an array of practice objects, each with sourceId). The batch runs in the "
                    + "background: follow it at the Location. Valid rows are published in one transaction at the end; invalid "
                    + "rows are reported per row; a row whose sourceId was imported before from the same source updates that "
                    + "practice. If writing fails nothing of the batch is imported. A batch holds at most "
                    + ImportService.MAX_ROWS + " rows (and the service takes bodies up to 4 MB): split larger sources. "
                    + "Accepts an Idempotency-Key.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = ImportResource.MAX_BODY),
                    examples = @ExampleObject(name = "csv", value = """
                    sourceId,kind,originalLanguage,title_en,summary_en,objectives,countries
                    pfp-12,PRACTICE,en,Diaspora bonds,Bonds sold to the diaspora,19;20,ETH
                    """)),
            @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json", value = """
                    [{"sourceId": "pfp-12", "kind": "PRACTICE", "originalLanguage": "en", "title": {"en": "Diaspora bonds"},
                      "summary": {"en": "Bonds sold to the diaspora"}, "objectives": [19, 20], "countries": ["ETH"]}]"""))})
    @APIResponse(responseCode = "201", description = "Accepted and QUEUED; Location names the import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "import", value = IMPORT_EXAMPLE)))
    public Response start(@Parameter(description = "The source, lower case", example = "gfmd-pfp") @QueryParam("source")
            @NotNull @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9.-]*") String source,
            @Parameter(description = "When the batch was retrieved from the source, ISO 8601 with offset",
                    example = "2026-11-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40))
            @QueryParam("retrievedAt") @NotNull @Size(max = 40) String retrievedAt,
            @Context HttpHeaders headers,
            @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String idempotencyKey,
            @NotNull String body) {
        MediaType type = headers.getMediaType();
        ImportFormat format = type != null && "text".equals(type.getType()) && "csv".equals(type.getSubtype())
                ? ImportFormat.CSV : ImportFormat.JSON;
        Map<String, Object> request = Map.of("source", String.valueOf(source), "retrievedAt", String.valueOf(retrievedAt),
                "format", format.name(), "body", body == null ? "" : body);
        Response response = creations.create(idempotencyKey, request, () -> {
            PracticeImport batch = imports.accept(source, retrievedAt, format, body);
            return Created.of(URI.create("/imports/" + batch.id), ImportView.of(batch, List.of()), batch.version);
        });
        String path = response.getLocation().getPath();
        runner.runLater(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
        return response;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Follow an import (editors)",
            description = "Its state (QUEUED, RUNNING, SUCCEEDED, FAILED), rows done of rows total while it runs, and once "
                    + "done, how many practices were created and updated and each rejected row with the reason.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "import", value = IMPORT_EXAMPLE)))
    public ImportView get(@PathParam("id") UUID id) {
        ImportService.Report report = imports.report(id);
        return ImportView.of(report.batch(), report.rejections());
    }
}
