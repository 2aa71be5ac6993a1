package org.gcm.knowledge.service.search;

import java.util.List;
import java.util.Map;

import org.gcm.knowledge.domain.FacetCount;
import org.gcm.knowledge.domain.Practice;

/**
 * One page of a search: the practices with their scores, the exact total, the facet counts over the whole result
 * and the cursor of the next page ({@code null} on the last). Not a {@code Page}: it carries facets and a cursor.
 */
public record SearchResults(List<Scored> items, long total, Map<String, List<FacetCount>> facets, String nextCursor) {

    /** A practice found, with its relevance score ({@code null} when the order is by date without words). */
    public record Scored(Practice practice, Float score) {
    }
}
