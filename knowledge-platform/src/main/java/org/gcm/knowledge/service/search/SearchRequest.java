package org.gcm.knowledge.service.search;

import java.util.List;

/**
 * One search as the caller asks for it, from the query parameters: words, filters (values of one filter are
 * alternatives, different filters all apply), statuses, order and page. {@code null} lists do not filter.
 *
 * @param text      websearch syntax: words, "quoted phrases", or, -excluded
 * @param lang      read the words in this UN language only (all six when {@code null})
 * @param statuses  default PUBLISHED
 * @param sort      {@code relevance} (the default with words) or {@code date}
 * @param cursor    the {@code nextCursor} of the previous page, for deep pages; then {@code offset} must be 0
 */
public record SearchRequest(String text, String lang, List<String> kinds, List<Integer> objectives,
        List<String> principles, List<String> countries, List<String> regions, List<String> languages,
        List<Integer> years, List<String> statuses, String forum, String sort, int limit, int offset, String cursor) {

    /** The review inputs of one forum, newest first. */
    public static SearchRequest forumInputs(String forum, String text, int limit, int offset, String cursor) {
        return new SearchRequest(text, null, List.of("REVIEW_INPUT"), null, null, null, null, null, null, null, forum,
                "date", limit, offset, cursor);
    }
}
