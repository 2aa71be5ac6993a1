package org.gcm.fund.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SeedGrantRepository implements PanacheRepositoryBase<SeedGrant, UUID> {

    /** What a list of grants is narrowed to; {@code null} fields do not narrow. */
    public record Filter(GrantStatus status, String country, String requestId) {
    }

    /** A page of grants, oldest first. */
    public Page<SeedGrant> page(Filter filter, Paging paging) {
        Where where = new Where().equal("requestingCountry", filter.country()).equal("status", filter.status())
                .equal("requestId", filter.requestId());
        return Where.page(find(where.clause(), Sort.by("openedAt").and("id"), where.parameters()), paging);
    }

    /** The pipelined grants in the order they were approved: the order the pipeline is funded in. */
    public List<SeedGrant> pipelined() {
        return list("status", Sort.by("approvalOrder"), GrantStatus.PIPELINE);
    }

    /** Grants in any of {@code statuses}, oldest first. */
    public List<SeedGrant> inStatus(Collection<GrantStatus> statuses) {
        return list("status in ?1", Sort.by("openedAt").and("id"), statuses);
    }

    public long countIn(GrantStatus status) {
        return count("status", status);
    }

    /** The next place in the queue of approvals. */
    public long nextApprovalOrder() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('seed_grant_approval_order')")
                .getSingleResult()).longValue();
    }
}
