package org.gcm.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.service.similar.SimilarInitiative;
import org.gcm.hub.service.similar.SimilarInitiatives;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

/** Similar initiatives for peer exchange (para 43 (a)(iii)). */
@Path("/requests/{id}/similar-initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Similar initiatives", description = "Practices and earlier requests like this one, with contacts")
public class SimilarInitiativesResource {

    private static final String EXAMPLE = """
            {"items": [{"source": "PRACTICE", "id": "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",
                        "title": "Labour migration information centres in three counties", "kind": "INITIATIVE",
                        "objectives": [3, 6], "countries": ["KEN"], "score": 0.6512, "objectiveOverlap": 1.0,
                        "geography": 0.0, "textSimilarity": 0.6049,
                        "why": ["shares objective(s) [3, 6]", "similar wording: migration, labour, centre"],
                        "contact": {"link": "/api/knowledge/practices/a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",
                                    "organisations": ["International Organization for Migration"],
                                    "name": null, "function": null, "email": null}}],
             "total": 1}""";

    private final SimilarInitiatives similar;

    public SimilarInitiativesResource(SimilarInitiatives similar) {
        this.similar = similar;
    }

    @GET
    @RolesAllowed({ Roles.SECRETARIAT, Roles.MEMBER_STATE })
    @Operation(summary = "Find similar initiatives", description = "Published practices of the knowledge platform "
            + "and earlier requests, ranked by objective overlap, geography and text similarity, each with why it "
            + "matched and a contact: the practice's page for practices, the focal point for requests. A member "
            + "state sees earlier requests of its own country only.")
    @APIResponse(responseCode = "200", description = "The most similar first",
            content = @Content(examples = @ExampleObject(name = "similar", value = EXAMPLE)))
    public Page<SimilarInitiative> similarInitiatives(@PathParam("id") @Size(max = 36) String id,
            @Valid @BeanParam Paging paging) {
        return similar.find(id, paging);
    }
}
