package org.gcm.knowledge.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.domain.Forum;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.problem.ProblemException;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The review forums (paragraphs 49-50; seeds/003): the International Migration Review Forum (2022, 2026, 2030) and
 * the regional reviews of the UN regional economic commissions (2020, 2024, 2028), each with the review inputs
 * submitted to it (practices of kind REVIEW_INPUT naming the forum).
 */
@Path("/forums")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Review forums")
public class ForumResource {

    private final PracticeRepository practices;
    private final SearchRequests searchRequests;
    private final CurrentActor actor;

    public ForumResource(PracticeRepository practices, SearchRequests searchRequests, CurrentActor actor) {
        this.practices = practices;
        this.searchRequests = searchRequests;
        this.actor = actor;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ForumView(String id, Forum.Type type, int year, String commission, String title, long inputs) {
    }

    @GET
    @Transactional
    @Operation(operationId = "listForums", summary = "List the review forums",
            description = "Every IMRF and regional review, with the number of published review inputs submitted to it.")
    @APIResponse(responseCode = "200", description = "The 18 forums", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "forums", value = """
                    {"items": [{"id": "imrf-2026", "type": "IMRF", "year": 2026, "title": "International Migration Review Forum 2026", "inputs": 41},
                     {"id": "ece-2024", "type": "REGIONAL_REVIEW", "year": 2024, "commission": "ECE", "title": "Regional review 2024 (ECE)", "inputs": 12}],
                     "total": 18}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public PracticeViews.ListOf<ForumView> forums() {
        Map<String, Long> counts = practices.publishedInputsPerForum();
        return PracticeViews.ListOf.of(Forum.ALL.stream().map(f -> new ForumView(f.id(), f.type(), f.year(), f.commission(),
                f.title(), counts.getOrDefault(f.id(), 0L))).toList());
    }

    @GET
    @Path("/{forum}/inputs")
    @Operation(operationId = "listForumInputs", summary = "List the review inputs of one forum",
            description = "Published review inputs (and, for signed-in callers, those they may see) with facets, like the "
                    + "practice search; q searches their text.")
    @APIResponse(responseCode = "200", description = "One page of the forum's inputs", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "inputs", value = """
                    {"items": [{"id": "0b7c2d9e-3f4a-4b5c-8d6e-7f8a9b0c1d2e", "kind": "REVIEW_INPUT", "status": "PUBLISHED", "originalLanguage": "en",
                     "title": {"en": "National progress report: Kenya"}, "summary": {"en": "Kenya's voluntary national review."},
                     "objectives": [3, 6], "principles": [], "countries": ["KEN"], "regions": ["002"], "languages": ["en"],
                     "forum": "imrf-2022", "publishedAt": "2026-11-22T10:00:00Z"}], "total": 1, "facets": {"objective": [{"value": "3", "count": 1}]}}""")))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problems.JSON))
    @APIResponse(responseCode = "404", description = "No such forum", content = @Content(mediaType = Problems.JSON))
    public SearchPage inputs(@Parameter(description = "Forum id, e.g. imrf-2026 or ece-2024") @PathParam("forum") String forum,
            @Parameter(description = "Words to find, websearch syntax") @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10000) int offset,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        if (Forum.byId(forum).isEmpty()) {
            throw ProblemException.notFound("No review forum " + forum + "; see /forums.");
        }
        return searchRequests.run(searchRequests.criteria(actor.get(), q, null, List.of("REVIEW_INPUT"), null, null, null,
                null, null, null, null, forum, "date", limit, offset, cursor));
    }
}
