package org.gcm.hub.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gcm.caller.Roles;
import org.gcm.hub.service.matching.PartnerMatcher;
import org.gcm.hub.service.matching.Ranking;
import org.gcm.hub.service.matching.Weights;
import org.gcm.paging.Paging;

/** Explainable partner matching for a request (para 43 (a)(ii)). */
@Path("/requests/{id}/partner-matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Partners ranked for a request, with the score of each factor")
public class MatchingResource {

    private static final String EXAMPLE = """
            {"weights": {"objectives": 0.35, "country": 0.2, "region": 0.1, "language": 0.1, "capacity": 0.15,
                         "trackRecord": 0.1},
             "includeUnverified": false, "total": 14,
             "items": [{"rank": 1, "partnerId": "PRT-IOM", "name": "International Organization for Migration",
                        "acronym": "IOM", "unEntity": true, "verification": "VERIFIED", "score": 0.8925,
                        "factors": [{"name": "objectives", "score": 1.0, "weight": 0.35,
                                     "why": "objective 3: level 5/5 (25 years); objective 6: level 5/5 (20 years)"},
                                    {"name": "country", "score": 1.0, "weight": 0.2, "why": "operates in MEX"},
                                    {"name": "region", "score": 1.0, "weight": 0.1, "why": "operates in Central America"},
                                    {"name": "language", "score": 1.0, "weight": 0.1, "why": "works in [es] of [es]"},
                                    {"name": "capacity", "score": 0.55, "weight": 0.15, "why": "11 of 20 engagements free"},
                                    {"name": "trackRecord", "score": 1.0, "weight": 0.1,
                                     "why": "14 completed engagements (full score at 10)"}]}]}""";

    private final PartnerMatcher matcher;

    public MatchingResource(PartnerMatcher matcher) {
        this.matcher = matcher;
    }

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Rank partners for a request", description = "Scores every verified partner (and unverified "
            + "ones with includeUnverified=true) on objective expertise, presence in the country and its UN M49 "
            + "region, language, free capacity and track record; the score is the weighted mean. Default weights "
            + "come from hub.matching.weights.*; each can be overridden in the query. Ties break on objective "
            + "expertise, then free capacity, then partner id.")
    @APIResponse(responseCode = "200", description = "The ranking, best first",
            content = @Content(examples = @ExampleObject(name = "ranking", value = EXAMPLE)))
    public Ranking matchPartners(@PathParam("id") @Size(max = 36) String id,
            @QueryParam("objectivesWeight") @DecimalMin("0") @DecimalMax("100") Double objectivesWeight,
            @QueryParam("countryWeight") @DecimalMin("0") @DecimalMax("100") Double countryWeight,
            @QueryParam("regionWeight") @DecimalMin("0") @DecimalMax("100") Double regionWeight,
            @QueryParam("languageWeight") @DecimalMin("0") @DecimalMax("100") Double languageWeight,
            @QueryParam("capacityWeight") @DecimalMin("0") @DecimalMax("100") Double capacityWeight,
            @QueryParam("trackRecordWeight") @DecimalMin("0") @DecimalMax("100") Double trackRecordWeight,
            @QueryParam("includeUnverified") @DefaultValue("false") boolean includeUnverified,
            @Valid @BeanParam Paging paging) {
        // The Java names are the query's: a refusal names the parameter as the client wrote it.
        Weights weights = matcher.defaultWeights().with(objectivesWeight, countryWeight, regionWeight, languageWeight,
                capacityWeight, trackRecordWeight);
        return matcher.rank(id, weights, includeUnverified, paging);
    }
}
