package org.gcm.fund.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ContributionRepository implements PanacheRepositoryBase<Contribution, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    /** A page of contributions, oldest first; {@code null} filters do not narrow. */
    public Page<Contribution> page(String contributorId, ContributionStatus status, Paging paging) {
        Where where = new Where().equal("contributorId", contributorId).equal("status", status);
        return Where.page(find(where.clause(), OLDEST_FIRST, where.parameters()), paging);
    }

    public List<Contribution> ofContributor(String contributorId) {
        return list("contributorId", OLDEST_FIRST, contributorId);
    }

    /** Every contribution that was not cancelled, oldest first: what the fund publishes (IATI export). */
    public List<Contribution> notCancelled() {
        return list("status <> ?1", OLDEST_FIRST, ContributionStatus.CANCELLED);
    }

    /**
     * The contributors whose money funds a grant: those with deposits in the pools its reservation draws on, in id
     * order; none while nothing is reserved.
     */
    public List<String> contributorsFunding(UUID grantId) {
        return getEntityManager().createQuery("select distinct c.contributorId from Contribution c"
                + " where c.status = :deposited and c.pool in"
                + " (select a.pool from GrantAllocation a where a.grantId = :grant) order by c.contributorId", String.class)
                .setParameter("deposited", ContributionStatus.DEPOSITED).setParameter("grant", grantId).getResultList();
    }
}
