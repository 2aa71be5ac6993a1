package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.GrantTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class GrantTransitionRepository implements PanacheRepository<GrantTransition> {

    /** The grant's history, oldest first. */
    public List<GrantTransition> of(UUID grantId) {
        return list("grantId = ?1 order by id", grantId);
    }
}
