package org.gcm.fund.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.fund.domain.ReviewNote;
import org.gcm.fund.rest.GrantViews.GrantView;
import org.gcm.fund.rest.GrantViews.NoteView;
import org.gcm.fund.service.grants.GrantCommands.Approval;
import org.gcm.fund.service.grants.GrantCommands.Markers;
import org.gcm.fund.service.grants.GrantCommands.NewNote;
import org.gcm.fund.service.grants.GrantCommands.Rejection;
import org.gcm.fund.service.grants.GrantDecisions;
import org.gcm.fund.service.grants.GrantReview;
import org.gcm.fund.service.grants.GrantScreening;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

@Path("/grants/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seed grants")
public class GrantReviewResource {

    private final GrantScreening screening;
    private final GrantReview review;
    private final GrantDecisions decisions;
    private final GrantAnswers answers;
    private final IdempotentCreations creations;

    GrantReviewResource(GrantScreening screening, GrantReview review, GrantDecisions decisions, GrantAnswers answers,
            IdempotentCreations creations) {
        this.screening = screening;
        this.review = review;
        this.decisions = decisions;
        this.answers = answers;
        this.creations = creations;
    }

    @POST
    @Path("/markers")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "setGrantMarkers", summary = "Set the gender and human-rights markers",
            description = "The hub's request does not carry them; a fund manager sets them (0, 1 or 2) before screening. RECEIVED only.")
    @APIResponse(responseCode = "200", description = "Set; the first screening is refreshed", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not RECEIVED")
    public Response mark(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch, @NotNull @Valid Markers body) {
        return answers.ok(screening.mark(id, ifMatch, body));
    }

    @POST
    @Path("/screen")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "screenGrant", summary = "Screen against the fund's rules",
            description = "RECEIVED -> SCREENED when every rule passes; otherwise REJECTED (GrantRejected published) with each failed rule named in screening.rules and in the reason.")
    @APIResponse(responseCode = "200", description = "Screened or rejected; see status and screening", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not RECEIVED")
    public Response screen(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch) {
        return answers.ok(screening.screen(id, ifMatch));
    }

    @POST
    @Path("/start-review")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(operationId = "startGrantReview", summary = "Put a screened application under review", description = "SCREENED -> UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Under review", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not SCREENED")
    public Response startReview(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch) {
        return answers.ok(review.start(id, ifMatch));
    }

    @POST
    @Path("/notes")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "addReviewNote", summary = "Add a review note", description = "Kept with the application, never edited. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Noted", content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "409", description = "Grant closed or rejected")
    public Response addNote(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String key,
            @NotNull @Valid NewNote body) {
        return creations.create(key, body, () -> {
            ReviewNote note = review.addNote(id, body);
            return new Created(URI.create("/grants/" + id + "/notes"), NoteView.of(note), null);
        });
    }

    @GET
    @Path("/notes")
    @RolesAllowed({ Roles.FUND_MANAGER, Roles.STEERING_COMMITTEE })
    @Operation(operationId = "listReviewNotes", summary = "Read the review notes", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The notes")
    public List<NoteView> notes(@PathParam("id") UUID id) {
        return review.notes(id).stream().map(NoteView::of).toList();
    }

    @POST
    @Path("/approve")
    @RolesAllowed(Roles.STEERING_COMMITTEE)
    @Operation(operationId = "approveGrant", summary = "Approve (steering committee)",
            description = "UNDER_REVIEW -> APPROVED when the matching pools (earmarked first, then unearmarked) cover the grant and its indirect cost: the money is reserved and GrantApproved published. Otherwise -> PIPELINE (GrantPipelined): nothing is reserved and deposits fund it later, in order of approval.")
    @APIResponse(responseCode = "200", description = "APPROVED or PIPELINE", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW, or changed concurrently")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: without it, or without approvedAmount, the requested amount is approved")
            @Valid Approval body) {
        return answers.ok(decisions.approve(id, ifMatch, body));
    }

    @POST
    @Path("/reject")
    @RolesAllowed(Roles.STEERING_COMMITTEE)
    @Operation(operationId = "rejectGrant", summary = "Reject (steering committee)",
            description = "UNDER_REVIEW or PIPELINE -> REJECTED with a reason fit to show the requester; GrantRejected is published.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW or PIPELINE")
    public Response reject(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid Rejection body) {
        return answers.ok(decisions.reject(id, ifMatch, body));
    }
}
