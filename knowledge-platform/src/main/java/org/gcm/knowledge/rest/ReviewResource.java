package org.gcm.knowledge.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.service.Actor;
import org.gcm.knowledge.service.PracticeAccess;
import org.gcm.knowledge.service.PracticeService;
import org.gcm.knowledge.service.ReviewService;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

/** Peer review of a practice: editors assign reviewers; reviewers declare conflicts of interest and recommend. */
@Path("/practices/{id}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peer review")
public class ReviewResource {

    static final String REVIEW_EXAMPLE = """
            {"id": "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "reviewer": "reviewer-un-1", "affiliation": "UN", "state": "CLEARED",
             "recommendation": "PUBLISH", "comments": "Well documented.", "assignedBy": "editor-1",
             "assignedAt": "2026-11-22T10:00:00Z", "declaredAt": "2026-11-22T11:00:00Z", "recommendedAt": "2026-11-23T09:00:00Z", "version": 2}""";

    private final ReviewService reviews;
    private final PracticeService practices;
    private final IdempotentCreations creations;
    private final CurrentActor actor;

    public ReviewResource(ReviewService reviews, PracticeService practices, IdempotentCreations creations, CurrentActor actor) {
        this.reviews = reviews;
        this.practices = practices;
        this.creations = creations;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"editor", "reviewer"})
    @Operation(operationId = "listReviews", summary = "The reviews of a practice",
            description = "Editors see the whole panel; a reviewer sees only their own assignment, and only on practices assigned to them.")
    @APIResponse(responseCode = "200", description = "The assignments, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reviews", value = "{\"items\": [" + REVIEW_EXAMPLE + "], \"total\": 1}")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Neither editor nor reviewer", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice, or not assigned to this reviewer", content = @Content(mediaType = Problems.JSON))
    public PracticeViews.ListOf<PracticeViews.ReviewView> list(@PathParam("id") UUID id) {
        Actor who = actor.get();
        PracticeService.Found found = practices.read(who, id);
        if (!PracticeAccess.canSeeReviews(who, found.assignments())) {
            throw org.gcm.problem.ProblemException.notFound("No practice " + id + ".");
        }
        List<ReviewAssignment> visible = who.editor() ? found.assignments()
                : found.assignments().stream().filter(a -> a.reviewer.equals(who.subject())).toList();
        return PracticeViews.ListOf.of(visible.stream().map(PracticeViews.ReviewView::of).toList());
    }

    @POST
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignReviewer", summary = "Assign a reviewer (editors)",
            description = "Names the reviewer (their user id) and the affiliation the review needs (UN or EXTERNAL); the "
                    + "reviewer's token must carry that affiliation when they act. The first assignment moves a SUBMITTED "
                    + "practice UNDER_REVIEW. A review needs at least one UN and two external reviewers. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Assigned", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Reviewer or affiliation missing, or the reviewer is the submitter",
            content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Wrong state, or the reviewer is already on the panel", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the practice", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problems.JSON))
    public Response assign(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @HeaderParam(IdempotentCreations.HEADER) String idempotencyKey,
            @Schema(example = "{\"reviewer\": \"reviewer-un-1\", \"affiliation\": \"UN\"}") PracticeViews.NewAssignment body) {
        return creations.create(idempotencyKey, body, () -> {
            ReviewAssignment a = reviews.assign(actor.get(), id, ifMatch, body == null ? null : body.reviewer(),
                    body == null ? null : body.affiliation());
            return Created.of(URI.create("/practices/" + id + "/reviews/" + a.id), PracticeViews.ReviewView.of(a), a.version);
        });
    }

    @POST
    @Path("/{reviewId}/declaration")
    @RolesAllowed("reviewer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareConflicts", summary = "Declare conflicts of interest (the assigned reviewer)",
            description = "Once, before recommending. A declared conflict removes the reviewer from the panel (CONFLICTED); "
                    + "the editor assigns a replacement. No conflict: CLEARED.")
    @APIResponse(responseCode = "200", description = "Declared", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A conflict without a statement", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not a reviewer, or the token's affiliation is not the one assigned", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such review of this reviewer", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Already declared", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the review", content = @Content(mediaType = Problems.JSON))
    public Response declare(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @Schema(example = "{\"conflict\": false}") PracticeViews.Declaration body) {
        ReviewAssignment a = reviews.declare(actor.get(), id, reviewId, ifMatch, body != null && body.conflict(),
                body == null ? null : body.statement());
        return Response.ok(PracticeViews.ReviewView.of(a)).tag(EntityTags.of(a.version)).build();
    }

    @POST
    @Path("/{reviewId}/recommendation")
    @RolesAllowed("reviewer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recommend", summary = "Recommend (the assigned reviewer, once cleared)",
            description = "PUBLISH, REQUEST_CHANGES or REJECT, with comments for the editor; may be changed while the practice is UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No recommendation", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not a reviewer", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such review of this reviewer", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Not cleared, or the practice is not under review", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the review", content = @Content(mediaType = Problems.JSON))
    public Response recommend(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @Schema(example = "{\"recommendation\": \"PUBLISH\", \"comments\": \"Well documented.\"}") PracticeViews.RecommendationBody body) {
        ReviewAssignment a = reviews.recommend(actor.get(), id, reviewId, ifMatch, body == null ? null : body.recommendation(),
                body == null ? null : body.comments());
        return Response.ok(PracticeViews.ReviewView.of(a)).tag(EntityTags.of(a.version)).build();
    }
}
