package org.gcm.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.service.CommentInput;
import org.gcm.hub.service.EngagementAnswers;
import org.gcm.hub.service.EngagementService;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.writeguards.concurrency.EntityTags;

/** Implementation set-up (para 43 (a)(iv)): partners read and answer the engagements proposed to them. */
@Path("/engagements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation", description = "Engagements of partners in a request's implementation")
public class EngagementResource {

    private final EngagementService engagements;
    private final EngagementAnswers answers;
    private final EngagementViews views;

    public EngagementResource(EngagementService engagements, EngagementAnswers answers, EngagementViews views) {
        this.engagements = engagements;
        this.answers = answers;
        this.views = views;
    }

    @GET
    @RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
    @Operation(summary = "List engagements", description = "A partner sees the engagements offered to it; the "
            + "secretariat sees all, or one partner's.")
    @APIResponse(responseCode = "200", description = "A page of engagements and the total")
    public Page<EngagementView> listEngagements(@QueryParam("partnerId") @Size(max = 60) String partnerId,
            @QueryParam("status") EngagementStatus status, @Valid @BeanParam Paging paging) {
        return engagements.list(partnerId, status, paging).map(views::of);
    }

    @GET
    @Path("/{engagementId}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
    @Operation(summary = "Read an engagement", description = "Another partner's engagement answers 404.")
    @APIResponse(responseCode = "200", description = "The engagement; ETag is its version",
            content = @Content(schema = @Schema(implementation = EngagementView.class)))
    public Response getEngagement(@PathParam("engagementId") @Size(max = 36) String id) {
        return views.ok(engagements.get(id));
    }

    @POST
    @Path("/{engagementId}/accept")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Accept an engagement", description = "The partner takes the role; it counts against its "
            + "capacity. When the lead and at least one other organisation have accepted, the request moves "
            + "PARTNERS_PROPOSED -> IMPLEMENTATION_AGREED.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "409", description = "Already answered, request moved on, or no free capacity")
    public Response acceptEngagement(@PathParam("engagementId") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a comment kept in the history") @Valid CommentInput body) {
        return views.ok(answers.accept(id, ifMatch, CommentInput.of(body)));
    }

    @POST
    @Path("/{engagementId}/decline")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Decline an engagement", description = "The secretariat may then propose another partner.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "409", description = "Already answered, or the request moved on")
    public Response declineEngagement(@PathParam("engagementId") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a comment kept in the history") @Valid CommentInput body) {
        return views.ok(answers.decline(id, ifMatch, CommentInput.of(body)));
    }
}
