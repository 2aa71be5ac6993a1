package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.FollowOnFunding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FollowOnFundingRepository implements PanacheRepositoryBase<FollowOnFunding, UUID> {

    public List<FollowOnFunding> of(UUID grantId) {
        return list("grantId", Sort.by("securedOn").and("id"), grantId);
    }
}
