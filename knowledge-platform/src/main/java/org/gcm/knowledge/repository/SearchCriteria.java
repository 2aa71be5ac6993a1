package org.gcm.knowledge.repository;

import java.util.List;

import org.gcm.knowledge.domain.UnLanguage;

/**
 * One search: the words, the filters (values of one facet are alternatives, different facets all apply), the
 * statuses asked for, who asks (what they may see), the order and the page.
 *
 * @param text      websearch syntax: words, "quoted phrases", or, -excluded; null for no text condition
 * @param languages the languages whose text-search configuration the words are read with (all six when none)
 */
public record SearchCriteria(
        String text,
        List<UnLanguage> languages,
        List<String> kinds,
        List<Integer> objectives,
        List<String> principles,
        List<String> countries,
        List<String> regions,
        List<String> languageTags,
        List<Integer> years,
        String forum,
        List<String> statuses,
        Viewer viewer,
        Sort sort,
        int limit,
        int offset,
        SearchCursor after) {

    public enum Sort {
        RELEVANCE,
        DATE
    }

    /**
     * What the caller may see besides published items: everything (editors), or what they submitted, what their
     * country owns, what they are assigned to review. Anonymous callers see published items only.
     */
    public record Viewer(boolean seesAll, String subject, String country, boolean reviewer) {
        public static final Viewer ANONYMOUS = new Viewer(false, null, null, false);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public Sort effectiveSort() {
        return hasText() ? sort : Sort.DATE;
    }
}
