package org.gcm.knowledge.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.gcm.knowledge.service.imports.ImportService;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says what a JSON import batch is: an array of at most {@link ImportService#MAX_ROWS} rows, each an object (a
 * practice's content and the source's id). The resource reads the body as text, to keep CSV and JSON on one path, so
 * the annotations alone would call it a string. Each row's fields are checked while the import runs and reported as
 * rejected rows, not refused with the batch: the document does not list them as the batch's rules.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ImportBatchSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem imports = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem("/imports");
        Operation start = imports == null ? null : imports.getPOST();
        if (start == null || start.getRequestBody() == null || start.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = start.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null) {
            return;
        }
        Schema row = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A practice's content (PracticeContent) with the source's id (sourceId)")
                .additionalPropertiesSchema(OASFactory.createSchema());
        json.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(ImportService.MAX_ROWS)
                .items(row));
    }
}
