package org.gcm.knowledge.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.knowledge.domain.Forum;
import org.gcm.knowledge.repository.PracticeRepository;
import org.gcm.knowledge.service.search.SearchRequest;
import org.gcm.knowledge.service.search.SearchResults;
import org.gcm.knowledge.service.search.SearchService;
import org.gcm.refusals.NotFound;

/** The review forums of the Compact (paragraphs 49-50) and how many published inputs each has. */
@ApplicationScoped
public class Forums {

    private final PracticeRepository practices;
    private final SearchService search;

    public Forums(PracticeRepository practices, SearchService search) {
        this.practices = practices;
        this.search = search;
    }

    /** A forum with the number of published review inputs submitted to it. */
    public record WithInputs(Forum forum, long inputs) {
    }

    @Transactional
    public List<WithInputs> all() {
        Map<String, Long> counts = practices.publishedInputsPerForum();
        return Forum.ALL.stream().map(f -> new WithInputs(f, counts.getOrDefault(f.id(), 0L))).toList();
    }

    /** The review inputs of one forum the caller may see, newest first; 404 for a forum that does not exist. */
    public SearchResults inputs(String forum, String text, int limit, int offset, String cursor) {
        Forum.byId(forum).orElseThrow(() -> new NotFound("There is no review forum " + forum + "; see /forums."));
        return search.search(SearchRequest.forumInputs(forum, text, limit, offset, cursor));
    }
}
