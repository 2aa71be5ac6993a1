package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.GrantAllocation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GrantAllocationRepository implements PanacheRepositoryBase<GrantAllocation, UUID> {

    /** A grant's reservation, pool by pool, in the order it was drawn. */
    public List<GrantAllocation> of(UUID grantId) {
        return list("grantId", Sort.by("position"), grantId);
    }

    /** Every grant's part of one pool. */
    public List<GrantAllocation> inPool(String pool) {
        return list("pool", Sort.by("grantId").and("position"), pool);
    }
}
