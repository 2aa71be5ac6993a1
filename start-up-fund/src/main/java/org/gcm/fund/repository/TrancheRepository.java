package org.gcm.fund.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Tranche;
import org.gcm.fund.domain.TrancheStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TrancheRepository implements PanacheRepositoryBase<Tranche, UUID> {

    /** A grant's disbursement schedule, in order. */
    public List<Tranche> of(UUID grantId) {
        return list("grantId", Sort.by("number"), grantId);
    }

    public Optional<Tranche> find(UUID grantId, int number) {
        return find("grantId = ?1 and number = ?2", grantId, number).firstResultOptional();
    }

    /** Every tranche paid, grant by grant, in schedule order. */
    public List<Tranche> disbursed() {
        return list("status", Sort.by("grantId").and("number"), TrancheStatus.DISBURSED);
    }
}
