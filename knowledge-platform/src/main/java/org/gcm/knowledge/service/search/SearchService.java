package org.gcm.knowledge.service.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.domain.UnLanguage;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.repository.PracticeSearch;
import org.gcm.knowledge.repository.SearchCriteria;
import org.gcm.knowledge.repository.SearchCursor;
import org.gcm.knowledge.service.PracticeAccess;
import org.gcm.refusals.InvalidInput;

/** Runs a search as the caller may see it and loads the practices of the page. */
@ApplicationScoped
public class SearchService {

    /** Deeper pages go by cursor: an offset makes PostgreSQL read and drop every row before the page. */
    static final int MAX_OFFSET = 10_000;

    private final PracticeSearch search;
    private final PracticeRepository practices;
    private final PracticeAccess access;

    public SearchService(PracticeSearch search, PracticeRepository practices, PracticeAccess access) {
        this.search = search;
        this.practices = practices;
        this.access = access;
    }

    @Transactional
    public SearchResults search(SearchRequest request) {
        SearchCriteria criteria = criteria(request);
        PracticeSearch.Result result = search.search(criteria);
        Map<UUID, Practice> loaded = practices.byIds(result.hits().stream().map(PracticeSearch.Hit::id).toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        boolean scored = criteria.effectiveSort() == SearchCriteria.Sort.RELEVANCE || criteria.hasText();
        List<SearchResults.Scored> items = result.hits().stream().filter(h -> loaded.containsKey(h.id()))
                .map(h -> new SearchResults.Scored(loaded.get(h.id()), scored ? h.score() : null)).toList();
        String next = null;
        int seen = (criteria.after() == null ? criteria.offset() : 0) + result.hits().size();
        if (result.hits().size() == criteria.limit() && (criteria.after() != null || seen < result.total())) {
            PracticeSearch.Hit last = result.hits().get(result.hits().size() - 1);
            next = new SearchCursor(criteria.effectiveSort(), last.score(), last.date(), last.id()).encode();
        }
        return new SearchResults(items, result.total(), result.facets(), next);
    }

    /** The request as the search query object takes it, with what the caller may see; refuses a wrong cursor. */
    private SearchCriteria criteria(SearchRequest r) {
        InvalidInput.check().require(r.offset() <= MAX_OFFSET, "offset", "Max",
                "must be less than or equal to " + MAX_OFFSET + "; go deeper with the cursor").orRefuse();
        SearchCursor after = null;
        if (r.cursor() != null && !r.cursor().isBlank()) {
            after = SearchCursor.decode(r.cursor()).orElseThrow(
                    () -> InvalidInput.of("cursor", "cursor", "must be the nextCursor of a previous page"));
            if (r.offset() != 0) {
                throw InvalidInput.of("offset", "cursor-or-offset", "must be 0 when a cursor is given");
            }
        }
        SearchCriteria.Sort order = "date".equals(r.sort()) ? SearchCriteria.Sort.DATE : SearchCriteria.Sort.RELEVANCE;
        SearchCriteria criteria = new SearchCriteria(r.text() == null || r.text().isBlank() ? null : r.text().strip(),
                r.lang() == null ? List.of() : UnLanguage.of(r.lang()).stream().toList(), nonNull(r.kinds()),
                nonNull(r.objectives()), nonNull(r.principles()), nonNull(r.countries()), nonNull(r.regions()),
                nonNull(r.languages()), nonNull(r.years()), r.forum(),
                r.statuses() == null || r.statuses().isEmpty() ? List.of("PUBLISHED") : r.statuses(), access.viewer(),
                order, r.limit(), r.offset(), after);
        if (after != null && after.sort() != criteria.effectiveSort()) {
            throw InvalidInput.of("cursor", "cursor", "belongs to a search with another sort");
        }
        return criteria;
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}
