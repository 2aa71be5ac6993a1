package org.gcm.hub.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.RequestTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RequestTransitionRepository implements PanacheRepositoryBase<RequestTransition, Long> {

    /** A request's history, oldest first. */
    public List<RequestTransition> of(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
