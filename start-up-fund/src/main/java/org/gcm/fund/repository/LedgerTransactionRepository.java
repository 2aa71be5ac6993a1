package org.gcm.fund.repository;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LedgerTransactionRepository implements PanacheRepositoryBase<LedgerTransaction, UUID> {

    /** What an audit of the books narrows to; each {@code null} field means "any". Dates are value dates, inclusive. */
    public record Filter(LedgerTransaction.Kind kind, LocalDate from, LocalDate to, String pool, UUID contributionId,
            UUID grantId) {
    }

    /** The movements the filter keeps, newest first (by when they were recorded). */
    public Page<LedgerTransaction> page(Filter filter, Paging paging) {
        Where where = new Where().equal("kind", filter.kind()).equal("contributionId", filter.contributionId())
                .equal("grantId", filter.grantId())
                .atLeast("valueDate", "from", filter.from()).atMost("valueDate", "to", filter.to())
                .holds("exists (select 1 from LedgerEntry e where e.transactionId = t.id and e.pool = :pool)", "pool",
                        filter.pool());
        return Where.page(find("from LedgerTransaction t where " + where.clause(), Sort.descending("recordedAt", "id"),
                where.parameters()), paging);
    }
}
