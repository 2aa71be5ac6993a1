package org.gcm.knowledge.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.gcm.knowledge.domain.UnLanguage;

/** The SQL of one search, with its positional parameters; arrays are bound as PostgreSQL arrays. */
final class SearchStatement {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private SearchStatement() {
    }

    /**
     * One statement: the matching rows are found once (with their score and date) into {@code m}; the page, the
     * exact total and every facet's counts are read from {@code m}. The tsqueries are computed once, in {@code q}.
     */
    static SearchStatement of(SearchCriteria c, boolean explain) {
        SearchStatement sql = new SearchStatement();
        if (explain) {
            sql.append("explain (analyze, buffers) ");
        }
        boolean relevance = c.effectiveSort() == SearchCriteria.Sort.RELEVANCE;
        sql.append("with q as materialized (select 1 as one");
        if (c.hasText()) {
            for (UnLanguage l : languages(c)) {
                sql.append(", websearch_to_tsquery('" + l.searchConfiguration + "', ?) as m_" + l.code, c.text());
                sql.append(", websearch_to_tsquery('" + l.searchConfiguration + "', ?) as r_" + l.code, rankingText(c.text()));
            }
        }
        sql.append("), m as materialized (select p.id, ");
        if (c.hasText() && relevance) {
            List<UnLanguage> languages = languages(c);
            sql.append("greatest(");
            for (int i = 0; i < languages.size(); i++) {
                UnLanguage l = languages.get(i);
                sql.append((i == 0 ? "" : ", ") + "ts_rank(p." + l.searchColumn() + ", q.r_" + l.code + ")");
            }
            sql.append(")");
        } else {
            sql.append("0::real");
        }
        sql.append(" as score, coalesce(p.published_at, p.created_at) as sort_date, p.objectives, p.principles, p.kind,"
                + " p.regions, p.countries, p.languages, p.year from practice p cross join q ");
        sql.add(where(c));
        sql.append("), page as (select id, score, sort_date from m ");
        if (c.after() != null) {
            if (relevance) {
                sql.append("where (score < ? or (score = ? and id > ?)) ", c.after().score(), c.after().score(), c.after().id());
            } else {
                sql.append("where (sort_date, id) < (?, ?) ", c.after().date(), c.after().id());
            }
        }
        sql.append(relevance ? "order by score desc, id " : "order by sort_date desc, id desc ");
        sql.append("limit ? offset ?) ", c.limit(), c.after() == null ? c.offset() : 0);
        sql.append("""
                select 'item', id::text, row_number() over (), score, sort_date from page
                union all select 'total', null, count(*), null, null from m
                union all (select 'objective', v::text, count(*), null, null from (select unnest(objectives) v from m) u group by v)
                union all (select 'principle', v, count(*), null, null from (select unnest(principles) v from m) u group by v)
                union all (select 'kind', m.kind, count(*), null, null from m group by m.kind)
                union all (select 'region', v, count(*), null, null from (select unnest(regions) v from m) u group by v)
                union all (select 'country', v, count(*), null, null from (select unnest(countries) v from m) u group by v)
                union all (select 'language', v, count(*), null, null from (select unnest(languages) v from m) u group by v)
                union all (select 'year', m.year::text, count(*), null, null from m group by m.year)""");
        return sql;
    }

    private static SearchStatement where(SearchCriteria c) {
        SearchStatement sql = new SearchStatement();
        sql.append("where p.status = any(?) ", (Object) c.statuses().toArray(String[]::new));
        SearchCriteria.Viewer v = c.viewer();
        if (!v.seesAll()) {
            sql.append("and (p.status = 'PUBLISHED'");
            if (v.subject() != null) {
                sql.append(" or p.submitted_by = ?", v.subject());
            }
            if (v.country() != null) {
                sql.append(" or p.owner_country = ?", v.country());
            }
            if (v.reviewer()) {
                sql.append(" or exists (select 1 from review_assignment a where a.practice_id = p.id and a.reviewer = ?"
                        + " and a.state <> 'CONFLICTED')", v.subject());
            }
            sql.append(") ");
        }
        if (c.hasText()) {
            sql.append("and (");
            List<UnLanguage> languages = languages(c);
            for (int i = 0; i < languages.size(); i++) {
                UnLanguage l = languages.get(i);
                sql.append((i == 0 ? "" : " or ") + "p." + l.searchColumn() + " @@ q.m_" + l.code);
            }
            sql.append(") ");
        }
        if (!c.kinds().isEmpty()) {
            sql.append("and p.kind = any(?) ", (Object) c.kinds().toArray(String[]::new));
        }
        if (!c.objectives().isEmpty()) {
            sql.append("and p.objectives && ? ", (Object) c.objectives().toArray(Integer[]::new));
        }
        overlap(sql, "principles", c.principles());
        overlap(sql, "countries", c.countries());
        overlap(sql, "regions", c.regions());
        overlap(sql, "languages", c.languageTags());
        if (!c.years().isEmpty()) {
            sql.append("and p.year = any(?) ", (Object) c.years().toArray(Integer[]::new));
        }
        if (c.forum() != null) {
            sql.append("and p.forum = ? ", c.forum());
        }
        return sql;
    }

    private static void overlap(SearchStatement sql, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append("and p." + column + " && ?::text[] ", (Object) values.toArray(String[]::new));
        }
    }

    /**
     * The words of the query as alternatives, for ranking: a match must contain all the words, but its score comes
     * from where each word is (title A, summary B, body C) rather than from how close the words are to each other.
     */
    static String rankingText(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.replace("\"", " ").split("\\s+")) {
            if (!word.isBlank() && !word.startsWith("-") && !word.equalsIgnoreCase("or")) {
                words.add(word);
            }
        }
        return words.isEmpty() ? text : String.join(" or ", words);
    }

    private static List<UnLanguage> languages(SearchCriteria c) {
        return c.languages().isEmpty() ? List.of(UnLanguage.values()) : c.languages();
    }

    SearchStatement append(String part, Object... values) {
        text.append(part);
        parameters.addAll(List.of(values));
        return this;
    }

    SearchStatement add(SearchStatement other) {
        text.append(other.text);
        parameters.addAll(other.parameters);
        return this;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] strings) {
                statement.setArray(i + 1, connection.createArrayOf("text", strings));
            } else if (value instanceof Integer[] integers) {
                statement.setArray(i + 1, connection.createArrayOf("integer", integers));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
