package org.gcm.knowledge.rest;

import java.util.List;
import java.util.Map;

import org.gcm.knowledge.domain.FacetCount;
import org.gcm.knowledge.service.search.SearchResults;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of search results: the items, the exact total, the facet counts and the cursor of the next page. */
public record SearchResultsView(List<PracticeViews.PracticeSummary> items, long total,
        Map<String, List<FacetCount>> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    public static SearchResultsView of(SearchResults results) {
        return new SearchResultsView(results.items().stream()
                .map(s -> PracticeViews.PracticeSummary.of(s.practice(), s.score())).toList(),
                results.total(), results.facets(), results.nextCursor());
    }
}
