package org.gcm.knowledge.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.service.DecisionInput;
import org.gcm.knowledge.service.EditorialDecisions;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.knowledge.service.PracticeService;
import org.gcm.knowledge.service.ReasonInput;
import org.gcm.knowledge.service.Submissions;
import org.gcm.knowledge.service.search.SearchService;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.problem.ProblemResponses;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

import io.quarkus.security.Authenticated;

/** The practice repository: search, submission, editing and the editors' decisions. */
@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class PracticeResource {

    private final PracticeService practices;
    private final Submissions submissions;
    private final EditorialDecisions decisions;
    private final SearchService search;
    private final IdempotentCreations creations;

    public PracticeResource(PracticeService practices, Submissions submissions, EditorialDecisions decisions,
            SearchService search, IdempotentCreations creations) {
        this.practices = practices;
        this.submissions = submissions;
        this.decisions = decisions;
        this.search = search;
        this.creations = creations;
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "searchPractices", summary = "Search the repository",
            description = "Full-text search in the six UN languages (websearch syntax: words, \"a phrase\", or, -word) with "
                    + "filters and facet counts. Values of one filter are alternatives; different filters all apply. "
                    + "Anonymous callers see published items only; signed-in callers may also ask for other statuses "
                    + "and then see what they submitted, what they review, or everything (editors). Shallow pages by "
                    + "offset (at most 10,000), deep pages by the opaque cursor of the previous page.")
    @APIResponse(responseCode = "200", description = "One page of results, the exact total and the facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResultsView.class),
                    examples = @ExampleObject(name = "search", value = Examples.SEARCH)))
    public SearchResultsView search(@Valid @BeanParam SearchParameters parameters, @Valid @BeanParam Paging paging) {
        return SearchResultsView.of(search.search(parameters.request(paging)));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPractice", summary = "Start a practice (any signed-in user)",
            description = "Creates a DRAFT that its submitter completes and submits. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location and ETag name it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "draft", value = Examples.PRACTICE)))
    public Response create(@HeaderParam(IdempotentCreations.HEADER) @Size(max = IdempotentCreations.MAX_KEY_LENGTH) String idempotencyKey,
            @NotNull PracticeContent body) {
        return creations.create(idempotencyKey, body, () -> {
            Practice p = practices.create(body);
            return Created.of(URI.create("/practices/" + p.id), PracticeViews.PracticeView.of(p, true), p.version);
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getPractice", summary = "Show one practice",
            description = "Published practices are public; others only to their submitter, their assigned reviewers and editors (404 to anyone else). "
                    + "The contact (personal data) is shown to everyone only if its publication was agreed "
                    + "(contact.publicationConsent); otherwise only to its submitter and editors.")
    @APIResponse(responseCode = "200", description = "The practice, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    public Response get(@PathParam("id") UUID id) {
        return answer(practices.read(id));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePractice", summary = "Change a practice's content",
            description = "Its submitter while DRAFT or CHANGES_REQUESTED; editors at any state but ARCHIVED (an editor's "
                    + "correction of a published practice publishes it again). Send If-Match with the ETag.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    @APIResponse(responseCode = "403", description = "Neither its submitter nor an editor")
    @APIResponse(responseCode = "409", description = "Not changeable in its state: by its submitter only while DRAFT or "
            + "CHANGES_REQUESTED, by editors until ARCHIVED")
    public Response update(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull PracticeContent body) {
        return answer(practices.update(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/submit")
    @Authenticated
    @Operation(operationId = "submitPractice", summary = "Submit for review (its submitter)",
            description = "DRAFT -> SUBMITTED; after changes were requested, CHANGES_REQUESTED -> UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    @APIResponse(responseCode = "403", description = "Not its submitter")
    @APIResponse(responseCode = "409", description = "Neither DRAFT nor CHANGES_REQUESTED")
    public Response submit(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch) {
        return answer(submissions.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "publishPractice", summary = "Publish (editors)",
            description = "UNDER_REVIEW -> PUBLISHED once at least one UN and two external reviewers, cleared of conflicts "
                    + "of interest, recommend publication. Emits PracticePublished on knowledge.practices.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW, or the quorum has not recommended publication",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, examples = {
                    @ExampleObject(name = "state-conflict", value = Examples.PUBLISH_STATE_CONFLICT),
                    @ExampleObject(name = "review-quorum-not-met", value = Examples.QUORUM_NOT_MET) }))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a reason kept in the history") @Valid DecisionInput body) {
        return answer(decisions.publish(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPracticeChanges", summary = "Ask the submitter for changes (editors)",
            description = "UNDER_REVIEW -> CHANGES_REQUESTED, with the reason.")
    @APIResponse(responseCode = "200", description = "Changes requested", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    @APIResponse(responseCode = "400", description = "No reason given")
    public Response requestChanges(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid ReasonInput body) {
        return answer(decisions.requestChanges(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectPractice", summary = "Reject (editors)", description = "UNDER_REVIEW -> REJECTED, with the reason.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    @APIResponse(responseCode = "400", description = "No reason given")
    public Response reject(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @NotNull @Valid ReasonInput body) {
        return answer(decisions.reject(id, ifMatch, body));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.EDITOR)
    @Operation(operationId = "archivePractice", summary = "Archive (editors)",
            description = "PUBLISHED or REJECTED -> ARCHIVED: no longer public.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = Examples.PRACTICE)))
    public Response archive(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) String ifMatch,
            @RequestBody(required = false, description = "Optional: a reason kept in the history") @Valid DecisionInput body) {
        return answer(decisions.archive(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getPracticeHistory", summary = "The practice's transitions",
            description = "Who moved it from which state to which, when and why; for whoever may read the practice.")
    @APIResponse(responseCode = "200", description = "Its history, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    public Page<PracticeViews.TransitionView> history(@PathParam("id") UUID id) {
        List<PracticeViews.TransitionView> lines = practices.history(id).stream().map(PracticeViews.TransitionView::of).toList();
        return Page.all(lines);
    }

    private Response answer(Practice p) {
        return Response.ok(PracticeViews.PracticeView.of(p, practices.showsContact(p))).tag(EntityTags.of(p.version)).build();
    }
}
