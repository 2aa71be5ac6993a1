package org.gcm.hub.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRequestRepository implements PanacheRepositoryBase<CountryRequest, UUID> {

    private static final String OVERDUE = "(status = 'SUBMITTED' and submitted_at < :cutoff)";

    /**
     * What a list of requests is narrowed to; {@code null} fields do not narrow. Overdue means submitted before
     * {@code acknowledgeCutoff} and still not acknowledged.
     */
    public record Filter(RequestStatus status, String country, Integer objective, Boolean overdue,
            OffsetDateTime acknowledgeCutoff) {
    }

    /** Newest first. */
    public Page<CountryRequest> list(Filter filter, Paging paging) {
        NativeFilter query = new NativeFilter()
                .with(filter.status() == null ? null : filter.status().name(), "status = :status", "status")
                .with(filter.country(), "country = :country", "country")
                .with(filter.objective(), "objectives @> jsonb_build_array(:objective)", "objective");
        if (filter.overdue() != null) {
            query.with(filter.acknowledgeCutoff(), filter.overdue() ? OVERDUE : "not " + OVERDUE, "cutoff");
        }
        return query.page(getEntityManager(), "country_request", "created_at desc, id", CountryRequest.class, paging);
    }

    /** Requests still waiting for the fund's first answer to a funding request made before {@code cutoff}, oldest first. */
    public Page<CountryRequest> awaitingFundAnswer(OffsetDateTime cutoff, Paging paging) {
        PanacheQuery<CountryRequest> query = find("status = ?1 and fundingRequestedAt < ?2 order by fundingRequestedAt, id",
                RequestStatus.FUNDING_REQUESTED, cutoff);
        return new Page<>(query.range(paging.offset(), paging.offset() + paging.limit() - 1).list(), query.count());
    }

    /** The request, locked until the end of the transaction that changes it. */
    public CountryRequest forChange(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Requests other than {@code except}, submitted before {@code before}, in one of {@code statuses}. */
    public List<CountryRequest> earlierThan(UUID except, OffsetDateTime before, List<RequestStatus> statuses) {
        return list("id <> ?1 and submittedAt < ?2 and status in ?3", except, before, statuses);
    }
}
