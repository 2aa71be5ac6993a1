package org.gcm.knowledge.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.knowledge.domain.FacetCount;

/**
 * Full-text and faceted search over practices in PostgreSQL. Words are matched against each language's
 * generated tsvector column with that language's configuration ({@code websearch_to_tsquery}), so "migrants"
 * finds "migrant" in English and "travailleurs" finds "travailleur" in French; the score is the best
 * {@code ts_rank} over the languages. The page (by offset or by keyset after a cursor), the exact total and the
 * facet counts come from one statement ({@link SearchStatement}); this class runs it and reads its rows.
 */
@ApplicationScoped
public class PracticeSearch {

    /** The facets, in the order they are answered. */
    public static final List<String> FACETS = List.of("objective", "principle", "kind", "region", "country", "language", "year");

    private final DataSource dataSource;

    public PracticeSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A matching practice, its score and date (for the cursor), and its place in the page. */
    public record Hit(UUID id, float score, OffsetDateTime date, long position) {
    }

    public record Result(List<Hit> hits, long total, Map<String, List<FacetCount>> facets) {
    }

    public Result search(SearchCriteria c) {
        SearchStatement sql = SearchStatement.of(c, false);
        List<Hit> hits = new ArrayList<>();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach(f -> facets.put(f, new ArrayList<>()));
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String facet = rows.getString(1);
                if (facet.equals("item")) {
                    hits.add(new Hit(UUID.fromString(rows.getString(2)), rows.getFloat(4), rows.getObject(5, OffsetDateTime.class),
                            rows.getLong(3)));
                } else if (facet.equals("total")) {
                    total = rows.getLong(3);
                } else {
                    facets.get(facet).add(new FacetCount(rows.getString(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed: " + e.getMessage(), e);
        }
        hits.sort(java.util.Comparator.comparingLong(Hit::position));
        return new Result(hits, total, facets);
    }

    /** PostgreSQL's plan of the search, with timings (EXPLAIN ANALYZE), for diagnosing slow searches. */
    public String explain(SearchCriteria c) {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = SearchStatement.of(c, true).prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Explain failed: " + e.getMessage(), e);
        }
        return plan.toString();
    }
}
