package org.gcm.knowledge.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.service.review.AssignmentInput;
import org.gcm.knowledge.service.review.DeclarationInput;
import org.gcm.knowledge.service.review.RecommendationInput;
import org.gcm.knowledge.service.review.ReviewService;
import org.gcm.paging.Page;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

/** Peer review of a practice: editors assign reviewers; reviewers declare conflicts of interest and recommend. */
@Path("/practices/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peer review")
public class ReviewResource {

    private final ReviewService reviews;
    private final IdempotentCreations creations;

    public ReviewResource(ReviewService reviews, IdempotentCreations creations) {
        this.reviews = reviews;
        this.creations = creations;
    }

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER })
    @Operation(operationId = "listReviews", summary = "The reviews of a practice",
            description = "Editors see the whole panel; a reviewer sees only their own assignment, and only on practices assigned to them.")
    @APIResponse(responseCode = "200", description = "The assignments, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reviews", value = "{\"items\": [" + Examples.REVIEW + "], \"total\": 1}")))
    @APIResponse(responseCode = "404", description = "No such practice, or not assigned to this reviewer")
    public Page<PracticeViews.ReviewView> list(@PathParam("id") UUID id) {
        var panel = reviews.panel(id);
        return Page.all(panel).map(PracticeViews.ReviewView::of);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignReviewer", summary = "Assign a reviewer (editors)",
            description = "Names the reviewer (their user id) and the affiliation the review needs (UN or EXTERNAL); the "
                    + "reviewer's token must carry that affiliation when they act. The first assignment moves a SUBMITTED "
                    + "practice UNDER_REVIEW. A review needs at least one UN and two external reviewers. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "409", description = "Not open for reviewers in its state, or the reviewer is already on the panel")
    public Response assign(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String idempotencyKey,
            @NotNull @Valid AssignmentInput body) {
        return creations.create(idempotencyKey, body, () -> {
            ReviewAssignment a = reviews.assign(id, ifMatch, body);
            return Created.of(URI.create("/practices/" + id + "/reviews/" + a.id), PracticeViews.ReviewView.of(a), a.version);
        });
    }

    @POST
    @Path("/{reviewId}/declaration")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareConflicts", summary = "Declare conflicts of interest (the assigned reviewer)",
            description = "Once, before recommending. A declared conflict removes the reviewer from the panel (CONFLICTED); "
                    + "the editor assigns a replacement. No conflict: CLEARED.")
    @APIResponse(responseCode = "200", description = "Declared", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "403", description = "Not a reviewer, or the token's affiliation is not the one assigned")
    @APIResponse(responseCode = "409", description = "Already declared")
    public Response declare(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid DeclarationInput body) {
        return answer(reviews.declare(id, reviewId, ifMatch, body));
    }

    @POST
    @Path("/{reviewId}/recommendation")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recommend", summary = "Recommend (the assigned reviewer, once cleared)",
            description = "PUBLISH, REQUEST_CHANGES or REJECT, with comments for the editor; may be changed while the practice is UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "409", description = "Not cleared, or the practice is not under review")
    public Response recommend(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid RecommendationInput body) {
        return answer(reviews.recommend(id, reviewId, ifMatch, body));
    }

    private static Response answer(ReviewAssignment a) {
        return Response.ok(PracticeViews.ReviewView.of(a)).tag(EntityTags.of(a.version)).build();
    }
}
