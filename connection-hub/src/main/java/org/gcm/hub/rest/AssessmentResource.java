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
import org.gcm.hub.service.AssessmentInput;
import org.gcm.hub.service.AssessmentService;
import org.gcm.hub.service.CommentInput;
import org.gcm.hub.service.FundingInput;
import org.gcm.hub.service.FundingService;
import org.gcm.hub.service.TextInput;
import org.gcm.writeguards.concurrency.EntityTags;

/** The secretariat's work on a request: acknowledge, advise, ask, assess and decide, request funding. */
@Path("/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment", description = "Advice, information requests, assessment and funding requests by the secretariat")
public class AssessmentResource {

    private final AssessmentService assessment;
    private final FundingService funding;
    private final RequestViews views;

    public AssessmentResource(AssessmentService assessment, FundingService funding, RequestViews views) {
        this.assessment = assessment;
        this.funding = funding;
        this.views = views;
    }

    @POST
    @Path("/assess")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Start the assessment", description = "SUBMITTED -> UNDER_ASSESSMENT: acknowledges the "
            + "request (the service level is met).")
    @APIResponse(responseCode = "200", description = "Under assessment", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Not submitted")
    public Response startAssessment(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a comment kept in the history") @Valid CommentInput body) {
        return views.ok(assessment.startAssessment(id, ifMatch, CommentInput.of(body)));
    }

    @POST
    @Path("/request-information")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Ask the requester for more information", description = "UNDER_ASSESSMENT -> "
            + "INFORMATION_REQUESTED; the questions are kept in the correspondence.")
    @APIResponse(responseCode = "200", description = "Information requested", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Not under assessment")
    public Response requestInformation(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid TextInput body) {
        return views.ok(assessment.requestInformation(id, ifMatch, body.text()));
    }

    @POST
    @Path("/accept")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Accept the request with its assessment", description = "UNDER_ASSESSMENT -> ACCEPTED. The "
            + "assessment scores every configured criterion (hub.assessment.criteria) from 1 to hub.assessment.max-score "
            + "and gives the rationale.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentInput.class),
            examples = @ExampleObject(name = "assessment", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "A criterion missing, unknown or out of range")
    @APIResponse(responseCode = "409", description = "Not under assessment")
    public Response acceptRequest(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid AssessmentInput body) {
        return views.ok(assessment.accept(id, ifMatch, body));
    }

    @POST
    @Path("/decline")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Decline the request with its assessment", description = "UNDER_ASSESSMENT -> DECLINED, "
            + "with the scores and the rationale the requester will read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AssessmentInput.class),
            examples = @ExampleObject(name = "assessment", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "A criterion missing, unknown or out of range")
    @APIResponse(responseCode = "409", description = "Not under assessment")
    public Response declineRequest(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid AssessmentInput body) {
        return views.ok(assessment.decline(id, ifMatch, body));
    }

    @POST
    @Path("/advice")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Advise the requester", description = "Records advice in the correspondence; the state does "
            + "not change.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CorrespondenceView.class)))
    public Response adviseRequester(@PathParam("id") @Size(max = 36) String id, @NotNull @Valid TextInput body) {
        CorrespondenceView advice = CorrespondenceView.of(assessment.advise(id, body.text()));
        return Response.created(URI.create("/requests/" + id + "/correspondence")).entity(advice).build();
    }

    @GET
    @Path("/correspondence")
    @RolesAllowed({ Roles.SECRETARIAT, Roles.MEMBER_STATE })
    @Operation(summary = "Read the correspondence", description = "Advice, questions and answers about the request, "
            + "oldest first.")
    @APIResponse(responseCode = "200", description = "The correspondence", content = @Content(examples = @ExampleObject(
            name = "correspondence", value = "[{\"id\": 1, \"kind\": \"INFORMATION_REQUEST\", \"author\": "
                    + "\"secretariat-officer\", \"role\": \"secretariat\", \"at\": \"2026-11-22T09:00:00Z\", "
                    + "\"text\": \"Which counties are covered?\"}]")))
    public List<CorrespondenceView> requestCorrespondence(@PathParam("id") @Size(max = 36) String id) {
        return assessment.correspondence(id).stream().map(CorrespondenceView::of).toList();
    }

    @POST
    @Path("/request-funding")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Ask the start-up fund for seed funding", description = "IMPLEMENTATION_AGREED (or NOT_FUNDED, "
            + "to try again) -> FUNDING_REQUESTED; publishes FundingRequested on hub.requests with the agreed partners.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FundingInput.class),
            examples = @ExampleObject(name = "funding", value = Examples.FUNDING)))
    @APIResponse(responseCode = "200", description = "Funding requested", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "409", description = "Implementation not agreed")
    public Response requestFunding(@PathParam("id") @Size(max = 36) String id,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid FundingInput body) {
        return views.ok(funding.requestFunding(id, ifMatch, body));
    }
}
