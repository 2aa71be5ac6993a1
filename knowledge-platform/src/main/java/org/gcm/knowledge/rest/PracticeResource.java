package org.gcm.knowledge.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.service.PracticeContent;
import org.gcm.knowledge.service.PracticeService;
import org.gcm.knowledge.service.SearchService;
import org.gcm.writeguards.concurrency.EntityTags;
import org.gcm.writeguards.idempotency.Created;
import org.gcm.writeguards.idempotency.IdempotentCreations;

import io.quarkus.security.Authenticated;

/** The practice repository: search, submission, editing and the editors' decisions. */
@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class PracticeResource {

    static final String PRACTICE_EXAMPLE = """
            {"id": "0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e", "kind": "PRACTICE", "status": "DRAFT", "originalLanguage": "en",
             "title": {"en": "Pre-departure orientation for domestic workers"},
             "summary": {"en": "A two-day course on rights, contracts and complaint channels."}, "languages": ["en"],
             "objectives": [3, 6], "principles": ["people-centred"], "countries": ["PHL"], "regions": ["142", "035"],
             "organisations": [], "partners": [], "links": [], "demo": false,
             "createdAt": "2026-11-22T10:00:00Z", "updatedAt": "2026-11-22T10:00:00Z", "version": 0}""";

    private final PracticeService practices;
    private final SearchService search;
    private final IdempotentCreations creations;
    private final CurrentActor actor;
    private final SearchRequests searchRequests;

    public PracticeResource(PracticeService practices, SearchService search, IdempotentCreations creations,
            CurrentActor actor, SearchRequests searchRequests) {
        this.practices = practices;
        this.search = search;
        this.creations = creations;
        this.actor = actor;
        this.searchRequests = searchRequests;
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "search", value = """
                            {"items": [{"id": "0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e", "kind": "PRACTICE", "status": "PUBLISHED",
                             "originalLanguage": "en", "title": {"en": "Pre-departure orientation for domestic workers"},
                             "summary": {"en": "A two-day course."}, "objectives": [6], "principles": [], "countries": ["PHL"],
                             "regions": ["142"], "languages": ["en"], "publishedAt": "2026-11-22T10:00:00Z", "score": 0.6}],
                             "total": 41, "facets": {"objective": [{"value": "6", "count": 41}], "kind": [{"value": "PRACTICE", "count": 41}]},
                             "nextCursor": "UkVMRVZBTkNFfDAuNnwyMDI2LTExLTIyVDEwOjAwWnwwYjdj"}""")))
    @APIResponse(responseCode = "400", description = "A filter, the cursor or the paging is invalid",
            content = @Content(mediaType = Problems.JSON, examples = @ExampleObject(name = "invalid", value = Problems.INVALID)))
    public SearchPage search(
            @Parameter(description = "Words to find, websearch syntax", example = "labour migration") @QueryParam("q") String q,
            @Parameter(description = "Read the words in this language only (default: all six)", example = "fr")
            @QueryParam("lang") @Pattern(regexp = "ar|zh|en|fr|ru|es") String lang,
            @Parameter(description = "Kinds (PRACTICE, EVIDENCE, INITIATIVE, REVIEW_INPUT, TOOL)") @QueryParam("kind")
            List<@Pattern(regexp = "PRACTICE|EVIDENCE|INITIATIVE|REVIEW_INPUT|TOOL") String> kinds,
            @Parameter(description = "GCM objectives, 1 to 23") @QueryParam("objective") List<@Min(1) @Max(23) Integer> objectives,
            @Parameter(description = "Guiding principle codes") @QueryParam("principle") List<String> principles,
            @Parameter(description = "ISO 3166-1 alpha-3 codes") @QueryParam("country") List<@Pattern(regexp = "[A-Z]{3}") String> countries,
            @Parameter(description = "UN M49 region codes") @QueryParam("region") List<@Pattern(regexp = "[0-9]{3}") String> regions,
            @Parameter(description = "Languages the title or summary is available in") @QueryParam("language")
            List<@Pattern(regexp = "ar|zh|en|fr|ru|es") String> languages,
            @Parameter(description = "Years (of publication)") @QueryParam("year") List<@Min(1900) @Max(2100) Integer> years,
            @Parameter(description = "Statuses (default PUBLISHED); other statuses need a token") @QueryParam("status")
            List<@Pattern(regexp = "DRAFT|SUBMITTED|UNDER_REVIEW|CHANGES_REQUESTED|PUBLISHED|REJECTED|ARCHIVED") String> statuses,
            @Parameter(description = "relevance (default with q) or date (newest first)") @QueryParam("sort")
            @Pattern(regexp = "relevance|date") String sort,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10000) int offset,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return searchRequests.run(searchRequests.criteria(actor.get(), q, lang, kinds, objectives, principles, countries,
                regions, languages, years, statuses, null, sort, limit, offset, cursor));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPractice", summary = "Start a practice (any signed-in user)",
            description = "Creates a DRAFT that its submitter completes and submits. Accepts an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location and ETag name it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "draft", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The content breaks a rule",
            content = @Content(mediaType = Problems.JSON, examples = @ExampleObject(name = "invalid", value = Problems.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problems.JSON))
    public Response create(@HeaderParam(IdempotentCreations.HEADER) String idempotencyKey, PracticeContent content) {
        return creations.create(idempotencyKey, content, () -> {
            Practice p = practices.create(actor.get(), content);
            return Created.of(URI.create("/practices/" + p.id), PracticeViews.PracticeView.of(p), p.version);
        });
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getPractice", summary = "Show one practice",
            description = "Published practices are public; others only to their submitter, their assigned reviewers and editors (404 to anyone else).")
    @APIResponse(responseCode = "200", description = "The practice, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to the caller",
            content = @Content(mediaType = Problems.JSON, examples = @ExampleObject(name = "not found", value = Problems.NOT_FOUND)))
    public Response get(@PathParam("id") UUID id) {
        return answer(practices.read(actor.get(), id).practice());
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePractice", summary = "Change a practice's content",
            description = "Its submitter while DRAFT or CHANGES_REQUESTED; editors at any state but ARCHIVED (an editor's "
                    + "correction of a published practice publishes it again). Send If-Match with the ETag.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The content breaks a rule", content = @Content(mediaType = Problems.JSON,
            examples = @ExampleObject(name = "invalid", value = Problems.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not its submitter nor an editor", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to the caller", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Not changeable in its state", content = @Content(mediaType = Problems.JSON,
            examples = @ExampleObject(name = "state", value = Problems.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problems.JSON))
    public Response update(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch, PracticeContent content) {
        return answer(practices.update(actor.get(), id, ifMatch, content));
    }

    @POST
    @Path("/{id}/submit")
    @Authenticated
    @Operation(operationId = "submitPractice", summary = "Submit for review (its submitter)",
            description = "DRAFT -> SUBMITTED; after changes were requested, CHANGES_REQUESTED -> UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not its submitter", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to the caller", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Wrong state", content = @Content(mediaType = Problems.JSON,
            examples = @ExampleObject(name = "state", value = Problems.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problems.JSON))
    public Response submit(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch) {
        return answer(practices.submit(actor.get(), id, ifMatch));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("editor")
    @Operation(operationId = "publishPractice", summary = "Publish (editors)",
            description = "UNDER_REVIEW -> PUBLISHED once at least one UN and two external reviewers, cleared of conflicts "
                    + "of interest, recommend publication. Emits PracticePublished on knowledge.practices.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Wrong state, or the quorum has not recommended publication",
            content = @Content(mediaType = Problems.JSON, examples = @ExampleObject(name = "state", value = Problems.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problems.JSON))
    public Response publish(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            PracticeViews.Decision decision) {
        return answer(practices.publish(actor.get(), id, ifMatch, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPracticeChanges", summary = "Ask the submitter for changes (editors)",
            description = "UNDER_REVIEW -> CHANGES_REQUESTED, with the reason.")
    @APIResponse(responseCode = "200", description = "Changes requested", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Wrong state", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problems.JSON))
    public Response requestChanges(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @Schema(example = "{\"reason\": \"Please add the results of the 2023 evaluation.\"}") PracticeViews.Decision decision) {
        return answer(practices.requestChanges(actor.get(), id, ifMatch, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("editor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectPractice", summary = "Reject (editors)", description = "UNDER_REVIEW -> REJECTED, with the reason.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Wrong state", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problems.JSON))
    public Response reject(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @Schema(example = "{\"reason\": \"Out of the Compact's scope.\"}") PracticeViews.Decision decision) {
        return answer(practices.reject(actor.get(), id, ifMatch, decision == null ? null : decision.reason()));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed("editor")
    @Operation(operationId = "archivePractice", summary = "Archive (editors)",
            description = "PUBLISHED or REJECTED -> ARCHIVED: no longer public.")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "practice", value = PRACTICE_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "409", description = "Wrong state", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problems.JSON))
    public Response archive(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            PracticeViews.Decision decision) {
        return answer(practices.archive(actor.get(), id, ifMatch, decision == null ? null : decision.reason()));
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(operationId = "getPracticeHistory", summary = "The practice's transitions",
            description = "Who moved it from which state to which, when and why; for whoever may read the practice.")
    @APIResponse(responseCode = "200", description = "Its history, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "history", value = """
                    {"items": [{"to": "DRAFT", "actor": "user-1", "reason": "created", "at": "2026-11-22T10:00:00Z"},
                     {"from": "DRAFT", "to": "SUBMITTED", "actor": "user-1", "at": "2026-11-22T10:05:00Z"}], "total": 2}""")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such practice, or not visible to the caller", content = @Content(mediaType = Problems.JSON))
    public PracticeViews.ListOf<PracticeViews.TransitionView> history(@PathParam("id") UUID id) {
        return PracticeViews.ListOf.of(practices.history(actor.get(), id).stream().map(PracticeViews.TransitionView::of).toList());
    }

    static Response answer(Practice p) {
        return Response.ok(PracticeViews.PracticeView.of(p)).tag(EntityTags.of(p.version)).build();
    }
}
