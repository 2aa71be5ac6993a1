package org.gcm.knowledge.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.repository.SearchCriteria;
import org.gcm.knowledge.repository.SearchCursor;
import org.gcm.knowledge.service.Actor;
import org.gcm.knowledge.service.SearchService;
import org.gcm.problem.ProblemException;

/** Turns the query parameters of a listing into search criteria, and a result page into its answer. */
@ApplicationScoped
public class SearchRequests {

    private final SearchService search;

    public SearchRequests(SearchService search) {
        this.search = search;
    }

    public SearchCriteria criteria(Actor actor, String q, String lang, List<String> kinds, List<Integer> objectives,
            List<String> principles, List<String> countries, List<String> regions, List<String> languages,
            List<Integer> years, List<String> statuses, String forum, String sort, int limit, int offset, String cursor) {
        SearchCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = SearchCursor.decode(cursor).orElseThrow(
                    () -> ProblemException.invalidField("cursor", "cursor", "must be the nextCursor of a previous page"));
            if (offset != 0) {
                throw ProblemException.invalidField("offset", "cursor-or-offset", "must be 0 when a cursor is given");
            }
        }
        SearchCriteria.Sort order = "date".equals(sort) ? SearchCriteria.Sort.DATE : SearchCriteria.Sort.RELEVANCE;
        SearchCriteria criteria = new SearchCriteria(q == null || q.isBlank() ? null : q.strip(),
                lang == null ? List.of() : UnLanguage.of(lang).stream().toList(), nonNull(kinds), nonNull(objectives),
                nonNull(principles), nonNull(countries), nonNull(regions), nonNull(languages), nonNull(years), forum,
                statuses == null || statuses.isEmpty() ? List.of("PUBLISHED") : statuses, SearchService.viewer(actor),
                order, limit, offset, after);
        if (after != null && after.sort() != criteria.effectiveSort()) {
            throw ProblemException.invalidField("cursor", "cursor", "belongs to a search with another sort");
        }
        return criteria;
    }

    public SearchPage run(SearchCriteria criteria) {
        SearchService.Page page = search.search(criteria);
        return new SearchPage(page.items().stream()
                .map(s -> PracticeViews.PracticeSummary.of(s.practice(), s.score())).toList(),
                page.total(), page.facets(), page.nextCursor());
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}
