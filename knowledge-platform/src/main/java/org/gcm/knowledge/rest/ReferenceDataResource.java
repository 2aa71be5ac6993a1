package org.gcm.knowledge.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.knowledge.repository.ReferenceDataRepository;

/**
 * The Compact's reference lists that every practice, request and contribution is tagged with. Anonymous:
 * integrators load them to build their forms and validate before they send.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/")
@PermitAll
@Tag(name = "Reference data")
public class ReferenceDataResource {

    private final ReferenceDataRepository repository;

    public ReferenceDataResource(ReferenceDataRepository repository) {
        this.repository = repository;
    }

    @GET
    @Path("/objectives")
    @Operation(summary = "List the 23 objectives of the Global Compact")
    @APIResponse(responseCode = "200", description = "All objectives, by number",
            content = @Content(examples = @ExampleObject(name = "objectives", value = """
                    {"items": [{"number": 1, "shortLabel": "Data", "title": "Collect and utilize accurate and \
                    disaggregated data as a basis for evidence-based policies"}], "total": 23}""")))
    public ReferenceList<ReferenceViews.ObjectiveView> objectives() {
        return ReferenceList.of(repository.objectives().stream().map(ReferenceViews.ObjectiveView::of).toList());
    }

    @GET
    @Path("/objectives/{number}")
    @Operation(summary = "Show one objective")
    @APIResponse(responseCode = "200", description = "The objective",
            content = @Content(examples = @ExampleObject(name = "objective 6", value = """
                    {"number": 6, "shortLabel": "Fair recruitment and decent work", "title": "Facilitate fair and \
                    ethical recruitment and safeguard conditions that ensure decent work"}""")))
    @APIResponse(responseCode = "400", description = "The number is not between 1 and 23")
    @APIResponse(responseCode = "404", description = "No such objective")
    public ReferenceViews.ObjectiveView objective(@PathParam("number") @Min(1) @Max(23) int number) {
        return repository.objective(number).map(ReferenceViews.ObjectiveView::of)
                .orElseThrow(() -> new NotFoundException("No objective " + number + "."));
    }

    @GET
    @Path("/principles")
    @Operation(summary = "List the ten guiding principles")
    @APIResponse(responseCode = "200", description = "All guiding principles",
            content = @Content(examples = @ExampleObject(name = "principles", value = """
                    {"items": [{"code": "child-sensitive", "label": "Child-sensitive"}], "total": 10}""")))
    public ReferenceList<ReferenceViews.PrincipleView> principles() {
        return ReferenceList.of(repository.principles().stream().map(ReferenceViews.PrincipleView::of).toList());
    }

    @GET
    @Path("/thematic-areas")
    @Operation(summary = "List the start-up fund's thematic areas and the objectives each groups")
    @APIResponse(responseCode = "200", description = "All thematic areas",
            content = @Content(examples = @ExampleObject(name = "thematic areas", value = """
                    {"items": [{"code": "TA1", "title": "Promoting fact-based and data-driven migration \
                    discourse, policy and planning", "objectives": [1, 3, 17, 23]}], "total": 5}""")))
    public ReferenceList<ReferenceViews.ThematicAreaView> thematicAreas() {
        return ReferenceList.of(
                repository.thematicAreas().stream().map(ReferenceViews.ThematicAreaView::of).toList());
    }

    /** The list envelope of every collection answer: {@code items} and {@code total}. */
    public record ReferenceList<T>(List<T> items, long total) {
        static <T> ReferenceList<T> of(List<T> items) {
            return new ReferenceList<>(items, items.size());
        }
    }
}
