package org.gcm.knowledge.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.gcm.knowledge.service.Forums;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

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

    private final Forums forums;

    public ForumResource(Forums forums) {
        this.forums = forums;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ForumView(String id, Forum.Type type, int year, String commission, String title, long inputs) {

        static ForumView of(Forums.WithInputs f) {
            Forum forum = f.forum();
            return new ForumView(forum.id(), forum.type(), forum.year(), forum.commission(), forum.title(), f.inputs());
        }
    }

    @GET
    @Operation(operationId = "listForums", summary = "List the review forums",
            description = "Every IMRF and regional review, with the number of published review inputs submitted to it.")
    @APIResponse(responseCode = "200", description = "The 18 forums", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "forums", value = """
                    {"items": [{"id": "imrf-2026", "type": "IMRF", "year": 2026, "title": "International Migration Review Forum 2026", "inputs": 41},
                     {"id": "ece-2024", "type": "REGIONAL_REVIEW", "year": 2024, "commission": "ECE", "title": "Regional review 2024 (ECE)", "inputs": 12}],
                     "total": 18}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer")
    public Page<ForumView> forums() {
        var all = forums.all();
        return Page.all(all).map(ForumView::of);
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
    public SearchResultsView inputs(@Parameter(description = "Forum id, e.g. imrf-2026 or ece-2024") @PathParam("forum")
            @Size(max = 20) @Pattern(regexp = "[a-z]+-[0-9]{4}") String forum,
            @Parameter(description = "Words to find, websearch syntax") @QueryParam("q") @Size(max = SearchLimits.TEXT_MAX) String q,
            @Valid @BeanParam Paging paging,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor")
            @Size(max = SearchLimits.CURSOR_MAX) String cursor) {
        return SearchResultsView.of(forums.inputs(forum, q, paging.limit(), paging.offset(), cursor));
    }
}
