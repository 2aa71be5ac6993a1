package org.gcm.hub.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRequestRepository implements PanacheRepositoryBase<CountryRequest, UUID> {

    /** What a list of requests is narrowed to; {@code null} fields do not narrow. */
    public record Filter(RequestStatus status, String country, Integer objective, Boolean overdue,
            OffsetDateTime acknowledgeCutoff) {
    }

    public record Slice(List<CountryRequest> items, long total) {
    }

    public Slice list(Filter filter, int limit, int offset) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.country() != null) {
            where.add("country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.objective() != null) {
            where.add("objectives @> jsonb_build_array(:objective)");
            parameters.put("objective", filter.objective());
        }
        if (filter.overdue() != null) {
            String overdue = "(status = 'SUBMITTED' and submitted_at < :cutoff)";
            where.add(filter.overdue() ? overdue : "not " + overdue);
            parameters.put("cutoff", filter.acknowledgeCutoff());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query count = getEntityManager().createNativeQuery("select count(*) from country_request" + clause);
        Query page = getEntityManager().createNativeQuery(
                "select * from country_request" + clause + " order by created_at desc, id", CountryRequest.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<CountryRequest> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Slice(items, ((Number) count.getSingleResult()).longValue());
    }

    /** Requests other than {@code except} that got past assessment, for similar initiatives. */
    public List<CountryRequest> earlierThan(UUID except, OffsetDateTime before, List<RequestStatus> statuses) {
        return list("id <> ?1 and submittedAt < ?2 and status in ?3", except, before, statuses);
    }
}
