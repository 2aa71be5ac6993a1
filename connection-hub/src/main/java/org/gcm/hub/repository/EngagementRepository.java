package org.gcm.hub.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.EngagementStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EngagementRepository implements PanacheRepositoryBase<Engagement, UUID> {

    public List<Engagement> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by proposedAt, id", requestId);
    }

    public List<Engagement> ofPartner(String partnerId, EngagementStatus status) {
        return status == null ? list("partnerId = ?1 order by proposedAt desc, id", partnerId)
                : list("partnerId = ?1 and status = ?2 order by proposedAt desc, id", partnerId, status);
    }

    public List<Engagement> all(EngagementStatus status) {
        return status == null ? list("order by proposedAt desc, id")
                : list("status = ?1 order by proposedAt desc, id", status);
    }
}
