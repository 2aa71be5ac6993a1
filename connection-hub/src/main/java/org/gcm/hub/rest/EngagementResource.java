package org.gcm.hub.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.hub.service.EngagementService;
import org.gcm.hub.service.Roles;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

/** Implementation set-up (para 43 (a)(iv)): partners read and answer the engagements proposed to them. */
@Path("/engagements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation", description = "Engagements of partners in a request's implementation")
public class EngagementResource {

    @Inject
    EngagementService engagements;

    @Inject
    IdempotentCreations creations;

    @GET
        @RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
    @Operation(summary = "List engagements", description = "A partner sees the engagements offered to it; the "
            + "secretariat sees all, or one partner's.")
    @APIResponse(responseCode = "200", description = "A page of engagements and the total")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "403", description = "Neither partner nor secretariat")
    public Page<EngagementView> listEngagements(@QueryParam("partnerId") String partnerId,
            @QueryParam("status") EngagementStatus status,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        List<Engagement> all = engagements.list(partnerId, status);
        List<EngagementView> page = all.stream().skip(offset).limit(limit).map(this::view).toList();
        return new Page<>(page, all.size());
    }

    @GET
    @Path("/{engagementId}")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.PARTNER })
    @Operation(summary = "Read an engagement", description = "Another partner's engagement answers 404.")
    @APIResponse(responseCode = "200", description = "The engagement; ETag is its version",
            content = @Content(schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "403", description = "Neither partner nor secretariat")
    @APIResponse(responseCode = "404", description = "No such engagement for this caller")
    public Response getEngagement(@PathParam("engagementId") String id) {
        Engagement engagement = engagements.get(id);
        return Response.ok(view(engagement)).tag(EntityTags.of(engagement.version)).build();
    }

    @POST
    @Path("/{engagementId}/accept")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Accept an engagement", description = "The partner takes the role; it counts against its "
            + "capacity. When the lead and at least one other organisation have accepted, the request moves "
            + "PARTNERS_PROPOSED -> IMPLEMENTATION_AGREED.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "403", description = "Not a partner")
    @APIResponse(responseCode = "404", description = "No such engagement for this partner")
    @APIResponse(responseCode = "409", description = "Already answered, request moved on, or no free capacity")
    public Response acceptEngagement(@PathParam("engagementId") String id,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch, @Valid CommentInput body) {
        return answered(engagements.accept(id, ifMatch, CommentInput.of(body)));
    }

    @POST
    @Path("/{engagementId}/decline")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Decline an engagement", description = "The secretariat may then propose another partner.")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "403", description = "Not a partner")
    @APIResponse(responseCode = "404", description = "No such engagement for this partner")
    @APIResponse(responseCode = "409", description = "Already answered, or the request moved on")
    public Response declineEngagement(@PathParam("engagementId") String id,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch, @Valid CommentInput body) {
        return answered(engagements.decline(id, ifMatch, CommentInput.of(body)));
    }

    private Response answered(Engagement engagement) {
        return Response.ok(view(engagement)).tag(EntityTags.of(engagement.version)).build();
    }

    private EngagementView view(Engagement engagement) {
        CountryRequest request = engagements.requestOf(engagement);
        return EngagementView.of(engagement, request.title, request.country);
    }
}
