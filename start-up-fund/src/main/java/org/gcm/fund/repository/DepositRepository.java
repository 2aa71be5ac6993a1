package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Deposit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DepositRepository implements PanacheRepositoryBase<Deposit, UUID> {

    public List<Deposit> of(UUID contributionId) {
        return list("contributionId", Sort.by("depositedOn").and("recordedAt"), contributionId);
    }

    /** Every receipt, in the order of its value date. */
    public List<Deposit> inOrder() {
        return listAll(Sort.by("depositedOn").and("recordedAt"));
    }
}
