package org.gcm.knowledge.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gcm.knowledge.service.search.SearchRequest;
import org.gcm.paging.Paging;

/**
 * The query parameters of the practice search, as one {@code @BeanParam}: each declared, validated and documented
 * once. Fields are named as the parameters, so that a refusal names what the client sent.
 */
public class SearchParameters {

    @QueryParam("q")
    @Parameter(description = "Words to find, websearch syntax", example = "labour migration")
    @Size(max = SearchLimits.TEXT_MAX)
    public String q;

    @QueryParam("lang")
    @Pattern(regexp = "ar|zh|en|fr|ru|es")
    @Size(max = 2)
    @Parameter(description = "Read the words in this language only (default: all six)", example = "fr")
    public String lang;

    @QueryParam("kind")
    @Parameter(description = "Kinds (PRACTICE, EVIDENCE, INITIATIVE, REVIEW_INPUT, TOOL)")
    @Size(max = 5)
    public List<@Size(max = 12) @Pattern(regexp = "PRACTICE|EVIDENCE|INITIATIVE|REVIEW_INPUT|TOOL") String> kind;

    @QueryParam("objective")
    @Parameter(description = "GCM objectives, 1 to 23")
    @Size(max = 23)
    public List<@Min(1) @Max(23) Integer> objective;

    @QueryParam("principle")
    @Parameter(description = "Guiding principle codes")
    @Size(max = 10)
    public List<@Size(max = 40) @Pattern(regexp = "[a-z-]{1,40}") String> principle;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-3 codes")
    @Size(max = 50)
    public List<@Size(max = 3) @Pattern(regexp = "[A-Z]{3}") String> country;

    @QueryParam("region")
    @Parameter(description = "UN M49 region codes")
    @Size(max = 30)
    public List<@Size(max = 3) @Pattern(regexp = "[0-9]{3}") String> region;

    @QueryParam("language")
    @Parameter(description = "Languages the title or summary is available in")
    @Size(max = 6)
    public List<@Size(max = 2) @Pattern(regexp = "ar|zh|en|fr|ru|es") String> language;

    @QueryParam("year")
    @Parameter(description = "Years (of publication)")
    @Size(max = 50)
    public List<@Min(1900) @Max(2100) Integer> year;

    @QueryParam("status")
    @Parameter(description = "Statuses (default PUBLISHED); other statuses need a token")
    @Size(max = 7)
    public List<@Size(max = 17) @Pattern(regexp = "DRAFT|SUBMITTED|UNDER_REVIEW|CHANGES_REQUESTED|PUBLISHED|REJECTED|ARCHIVED") String> status;

    @QueryParam("sort")
    @Pattern(regexp = "relevance|date")
    @Size(max = 9)
    @Parameter(description = "relevance (default with q) or date (newest first)")
    public String sort;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    @Size(max = SearchLimits.CURSOR_MAX)
    public String cursor;

    SearchRequest request(Paging paging) {
        return new SearchRequest(q, lang, kind, objective, principle, country, region, language, year, status, null, sort,
                paging.limit(), paging.offset(), cursor);
    }
}
