package org.gcm.hub.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.EngagementTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Engagements' history lines; written by the lifecycle, read by operators (no endpoint shows them yet). */
@ApplicationScoped
public class EngagementTransitionRepository implements PanacheRepositoryBase<EngagementTransition, Long> {

    /** The history lines of these engagements, oldest first. */
    public List<EngagementTransition> ofEngagements(List<UUID> engagementIds) {
        return engagementIds.isEmpty() ? List.of() : list("engagementId in ?1 order by id", engagementIds);
    }
}
