package org.gcm.knowledge.domain;

/** How many practices of a search result carry one value of a facet: {@code {"value": "6", "count": 41}}. */
public record FacetCount(String value, long count) {
}
