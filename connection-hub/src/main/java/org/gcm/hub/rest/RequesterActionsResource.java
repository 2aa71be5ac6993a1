package org.gcm.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.service.AssessmentService;
import org.gcm.hub.service.CommentInput;
import org.gcm.hub.service.FundingService;
import org.gcm.hub.service.RequestService;
import org.gcm.hub.service.TextInput;
import org.gcm.writeguards.concurrency.EntityTags;

/** The requester's actions on its own country's request. */
@Path("/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_STATE)
@Tag(name = "Requests")
public class RequesterActionsResource {

    private final RequestService requests;
    private final AssessmentService assessment;
    private final FundingService funding;
    private final RequestViews views;

    public RequesterActionsResource(RequestService requests, AssessmentService assessment, FundingService funding,
            RequestViews views) {
        this.requests = requests;
        this.assessment = assessment;
        this.funding = funding;
        this.views = views;
    }

    @POST
    @Path("/submit")
    @Operation(summary = "Submit a draft", description = "DRAFT -> SUBMITTED; the service level for the "
            + "acknowledgement starts now.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = RequestView.class),
            examples = @ExampleObject(name = "submitted", value = Examples.REQUEST_VIEW)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response submitRequest(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a comment kept in the history") @Valid CommentInput body) {
        return views.ok(requests.submit(id, ifMatch, CommentInput.of(body)));
    }

    @POST
    @Path("/withdraw")
    @Operation(summary = "Withdraw a request", description = "Any state before funding is requested -> WITHDRAWN; "
            + "accepted engagements release the partners' capacity.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Funding already requested, or already ended")
    public Response withdrawRequest(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a comment kept in the history") @Valid CommentInput body) {
        return views.ok(requests.withdraw(id, ifMatch, CommentInput.of(body)));
    }

    @POST
    @Path("/provide-information")
    @Operation(summary = "Answer the secretariat's questions", description = "INFORMATION_REQUESTED -> "
            + "UNDER_ASSESSMENT; the answer is kept in the correspondence. Edit the request first if its content changes.")
    @APIResponse(responseCode = "200", description = "Back under assessment", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "No information was requested")
    public Response provideInformation(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid TextInput body) {
        return views.ok(assessment.provideInformation(id, ifMatch, body.text()));
    }

    @POST
    @Path("/complete")
    @Operation(summary = "Mark the implementation completed", description = "IN_IMPLEMENTATION -> COMPLETED; "
            + "publishes RequestCompleted on hub.requests, and the partners' capacity is released.")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Not in implementation")
    public Response completeRequest(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a comment kept in the history") @Valid CommentInput body) {
        return views.ok(funding.complete(id, ifMatch, CommentInput.of(body)));
    }
}
