package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.ContributionTransition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ContributionTransitionRepository implements PanacheRepository<ContributionTransition> {

    /** The contribution's history, oldest first. */
    public List<ContributionTransition> of(UUID contributionId) {
        return list("contributionId = ?1 order by id", contributionId);
    }
}
