package org.gcm.hub.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.service.EngagementInput;
import org.gcm.hub.service.EngagementService;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

/** Implementation set-up (para 43 (a)(iv)): the secretariat proposes engagements on a request. */
@Path("/requests/{id}/engagements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation", description = "Engagements of partners in a request's implementation")
public class RequestEngagementsResource {

    private final EngagementService engagements;
    private final EngagementViews views;
    private final IdempotentCreations creations;

    public RequestEngagementsResource(EngagementService engagements, EngagementViews views,
            IdempotentCreations creations) {
        this.engagements = engagements;
        this.views = views;
        this.creations = creations;
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Propose an engagement to a partner", description = "The request must be ACCEPTED (it moves "
            + "to PARTNERS_PROPOSED) or PARTNERS_PROPOSED. One lead per request; the partner must be verified. "
            + "Accepts an Idempotency-Key; If-Match names the request's version.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EngagementInput.class),
            examples = @ExampleObject(name = "engagement", value = Examples.ENGAGEMENT)))
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "400", description = "Unknown or unverified partner, invalid role")
    @APIResponse(responseCode = "409", description = "Wrong state, second lead, or the partner is already engaged")
    public Response proposeEngagement(@PathParam("id") @Size(max = 36) String requestId,
            @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String idempotencyKey,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid EngagementInput body) {
        return creations.create(idempotencyKey, body, () -> {
            Engagement engagement = engagements.propose(requestId, ifMatch, body);
            return Created.of(URI.create("/engagements/" + engagement.id), views.of(engagement), engagement.version);
        });
    }

    @GET
    @RolesAllowed({ Roles.SECRETARIAT, Roles.MEMBER_STATE })
    @Operation(summary = "List a request's engagements", description = "The arrangement as it stands: who was "
            + "proposed in which role, and their answers.")
    @APIResponse(responseCode = "200", description = "The engagements")
    public List<EngagementView> requestEngagements(@PathParam("id") @Size(max = 36) String requestId) {
        return engagements.ofRequest(requestId).stream().map(views::of).toList();
    }
}
