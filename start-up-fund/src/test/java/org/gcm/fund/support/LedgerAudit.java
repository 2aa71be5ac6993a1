package org.gcm.fund.support;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Checks the books from the database itself: balance rows against the entries, and every movement balanced. */
@ApplicationScoped
public class LedgerAudit {

    @Inject
    EntityManager em;

    /** Pools whose balance row differs from the sums of their entries, or shows a negative balance. */
    @SuppressWarnings("unchecked")
    public List<String> inconsistentPools() {
        return em.createNativeQuery("""
                with sums as (
                    select pool,
                        sum(case account when 'AVAILABLE' then debit - credit else 0 end) as available,
                        sum(case account when 'RESERVED' then debit - credit else 0 end) as reserved,
                        sum(case account when 'CONTRIBUTIONS' then credit - debit else 0 end) as contributions,
                        sum(case account when 'TRANSFERS' then debit - credit else 0 end) as transfers,
                        sum(case account when 'ADMINISTRATIVE_AGENT_FEES' then debit - credit else 0 end) as fees
                    from ledger_entry group by pool)
                select b.pool from pool_balance b left join sums s on s.pool = b.pool
                where b.available < 0 or b.reserved < 0
                   or b.available <> coalesce(s.available, 0) or b.reserved <> coalesce(s.reserved, 0)
                   or b.contributions <> coalesce(s.contributions, 0) or b.transfers <> coalesce(s.transfers, 0)
                   or b.administrative_agent_fees <> coalesce(s.fees, 0)""").getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Object> unbalancedMovements() {
        return em.createNativeQuery("""
                select transaction_id from ledger_entry group by transaction_id having sum(debit) <> sum(credit)""")
                .getResultList();
    }

    /** Sum of the reservations of the given grants in the given pool. */
    public java.math.BigDecimal reservedIn(String pool, List<java.util.UUID> grants) {
        return (java.math.BigDecimal) em.createNativeQuery(
                "select coalesce(sum(reserved), 0) from grant_allocation where pool = ?1 and grant_id in (?2)")
                .setParameter(1, pool).setParameter(2, grants).getSingleResult();
    }
}
