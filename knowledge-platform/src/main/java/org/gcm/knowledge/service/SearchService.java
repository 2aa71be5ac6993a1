package org.gcm.knowledge.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Practice;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.repository.PracticeSearch;
import org.gcm.knowledge.repository.SearchCriteria;
import org.gcm.knowledge.repository.SearchCursor;

/** Runs a search as the actor may see it and loads the practices of the page. */
@ApplicationScoped
public class SearchService {

    private final PracticeSearch search;
    private final PracticeRepository practices;

    public SearchService(PracticeSearch search, PracticeRepository practices) {
        this.search = search;
        this.practices = practices;
    }

    /** One page: the practices with their scores, the exact total, the facets and the cursor of the next page. */
    public record Page(List<Scored> items, long total, Map<String, List<PracticeSearch.FacetCount>> facets,
            String nextCursor) {
    }

    public record Scored(Practice practice, Float score) {
    }

    public static SearchCriteria.Viewer viewer(Actor actor) {
        if (actor.anonymous()) {
            return SearchCriteria.Viewer.ANONYMOUS;
        }
        return new SearchCriteria.Viewer(actor.editor(), actor.subject(), actor.memberStateCountry(), actor.reviewer());
    }

    @Transactional
    public Page search(SearchCriteria criteria) {
        PracticeSearch.Result result = search.search(criteria);
        Map<UUID, Practice> loaded = practices.byIds(result.hits().stream().map(PracticeSearch.Hit::id).toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        boolean scored = criteria.effectiveSort() == SearchCriteria.Sort.RELEVANCE || criteria.hasText();
        List<Scored> items = result.hits().stream().filter(h -> loaded.containsKey(h.id()))
                .map(h -> new Scored(loaded.get(h.id()), scored ? h.score() : null)).toList();
        String next = null;
        int seen = (criteria.after() == null ? criteria.offset() : 0) + result.hits().size();
        if (result.hits().size() == criteria.limit() && (criteria.after() != null || seen < result.total())) {
            PracticeSearch.Hit last = result.hits().get(result.hits().size() - 1);
            next = new SearchCursor(criteria.effectiveSort(), last.score(), last.date(), last.id()).encode();
        }
        return new Page(items, result.total(), result.facets(), next);
    }
}
