package org.gcm.knowledge.rest;

import java.util.List;
import java.util.Map;

import org.gcm.knowledge.repository.PracticeSearch;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of search results: the items, the exact total, the facet counts and the cursor of the next page. */
public record SearchPage(List<PracticeViews.PracticeSummary> items, long total,
        Map<String, List<PracticeSearch.FacetCount>> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
}
