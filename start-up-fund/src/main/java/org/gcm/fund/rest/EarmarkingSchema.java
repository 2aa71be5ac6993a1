package org.gcm.fund.rest;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.gcm.fund.domain.EarmarkKind;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Says in the document what the server requires of an earmarking: a {@code value} for every kind but UNEARMARKED.
 * Annotations cannot state a requirement that depends on another field; JSON Schema's {@code if}/{@code then}
 * (OpenAPI 3.1) can, so a generated client or validator knows it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class EarmarkingSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema earmarking = openAPI.getComponents().getSchemas().get("Earmarking");
        if (earmarking == null) {
            return;
        }
        List<Object> earmarkedKinds = Arrays.stream(EarmarkKind.values())
                .filter(kind -> kind != EarmarkKind.UNEARMARKED).<Object>map(Enum::name).toList();
        earmarking.ifSchema(OASFactory.createSchema()
                .addProperty("kind", OASFactory.createSchema().enumeration(earmarkedKinds))
                .addRequired("kind"))
                .thenSchema(OASFactory.createSchema().addRequired("value"));
    }
}
