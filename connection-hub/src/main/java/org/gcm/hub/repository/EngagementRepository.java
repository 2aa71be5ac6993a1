package org.gcm.hub.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementStatus;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EngagementRepository implements PanacheRepositoryBase<Engagement, UUID> {

    /** A request's engagements, in the order they were proposed. */
    public List<Engagement> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by proposedAt, id", requestId);
    }

    /** One partner's engagements, newest first, optionally in one status. */
    public Page<Engagement> ofPartner(String partnerId, EngagementStatus status, Paging paging) {
        return page(status == null ? find("partnerId = ?1 order by proposedAt desc, id", partnerId)
                : find("partnerId = ?1 and status = ?2 order by proposedAt desc, id", partnerId, status), paging);
    }

    /** Every engagement, newest first, optionally in one status. */
    public Page<Engagement> all(EngagementStatus status, Paging paging) {
        return page(status == null ? find("order by proposedAt desc, id")
                : find("status = ?1 order by proposedAt desc, id", status), paging);
    }

    /** The engagement, locked until the end of the transaction that answers or closes it. */
    public Engagement forChange(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Page<Engagement> page(PanacheQuery<Engagement> query, Paging paging) {
        List<Engagement> items = query.range(paging.offset(), paging.offset() + paging.limit() - 1).list();
        return new Page<>(items, query.count());
    }
}
