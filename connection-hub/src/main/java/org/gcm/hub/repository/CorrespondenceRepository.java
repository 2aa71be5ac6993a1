package org.gcm.hub.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.hub.domain.Correspondence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CorrespondenceRepository implements PanacheRepositoryBase<Correspondence, Long> {

    /** A request's correspondence, oldest first. */
    public List<Correspondence> of(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
