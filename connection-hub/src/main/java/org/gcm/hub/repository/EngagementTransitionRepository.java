package org.gcm.hub.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.EngagementTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Engagements' history lines; written by the lifecycle, read by operators (no endpoint shows them yet). */
@ApplicationScoped
public class EngagementTransitionRepository implements PanacheRepositoryBase<EngagementTransition, Long> {
}
