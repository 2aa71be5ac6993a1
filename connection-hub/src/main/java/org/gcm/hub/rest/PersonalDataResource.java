package org.gcm.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.service.PersonalDataErasure;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * Erasure of a closed request's personal data. An action like the others ({@code POST .../erase-personal-data}),
 * not a DELETE: the request and its history stay, and more than the focal points is anonymised.
 */
@Path("/requests/{id}/erase-personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class PersonalDataResource {

    private final PersonalDataErasure erasure;
    private final RequestViews views;

    public PersonalDataResource(PersonalDataErasure erasure, RequestViews views) {
        this.erasure = erasure;
        this.views = views;
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Erase a closed request's personal data", description = "For a COMPLETED, DECLINED or "
            + "WITHDRAWN request: the focal points become \"[erased]\" markers; who acted in its history, who wrote "
            + "its correspondence and who answered its engagements become \"[erased]\" (roles and times stay; the "
            + "start-up fund's system lines stay); the focal points' names, e-mails and phones are blanked out of "
            + "every text of the request. The erasure is a line of the history (who, when). Asked again, it changes "
            + "nothing and answers the request as it is. No body.")
    @APIResponse(responseCode = "200", description = "Erased (now or before); personalDataErasedAt says when",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "The request is not closed")
    public Response erasePersonalData(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch) {
        return views.ok(erasure.erase(id, ifMatch));
    }
}
