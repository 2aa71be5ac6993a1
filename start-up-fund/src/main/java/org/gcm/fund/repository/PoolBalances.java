package org.gcm.fund.repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.PoolBalance;

/**
 * The per-pool balance rows: the running totals of the ledger's entries, changed only by {@code Ledger}
 * in the transaction that writes the entries. Reading one is a primary-key lookup, however long the ledger grows.
 * Writers lock the rows they need with {@code FOR UPDATE} in ascending pool order, so they never deadlock.
 */
@ApplicationScoped
public class PoolBalances {

    private static final String COLUMNS = "pool, contributions, interest, transfers, refunds, administrative_agent_fees, "
            + "indirect_costs, available, reserved";

    private final EntityManager em;

    PoolBalances(EntityManager em) {
        this.em = em;
    }

    /**
     * Creates the rows of pools that do not exist yet, in a transaction of their own that commits at once: a new
     * (empty) row then holds no lock that a concurrent writer could wait for.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(Collection<String> pools) {
        if (pools.isEmpty()) {
            return;
        }
        for (String pool : new TreeSet<>(pools)) {
            Earmark earmark = Earmark.ofPool(pool);
            em.createNativeQuery("""
                    insert into pool_balance (pool, earmark_kind, earmark_value) values (?1, ?2, ?3)
                    on conflict do nothing""")
                    .setParameter(1, pool).setParameter(2, earmark.kind().name()).setParameter(3, earmark.value())
                    .executeUpdate();
        }
    }

    /** Those of {@code pools} that have no balance row yet. */
    public Set<String> missing(Collection<String> pools) {
        Set<String> missing = new TreeSet<>(pools);
        if (!missing.isEmpty()) {
            missing.removeAll(em.createNativeQuery("select pool from pool_balance where pool in (:pools)")
                    .setParameter("pools", missing).getResultList());
        }
        return missing;
    }

    /** Locks the given pools' rows in ascending order and returns them (missing pools are absent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, PoolBalance> lock(Collection<String> pools) {
        if (pools.isEmpty()) {
            return Map.of();
        }
        return read("select " + COLUMNS + " from pool_balance where pool in (:pools) order by pool for update",
                Map.of("pools", new TreeSet<>(pools)));
    }

    /** Locks every pool's row in ascending order: for movements that may touch any pool (funding the pipeline). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, PoolBalance> lockAll() {
        return read("select " + COLUMNS + " from pool_balance order by pool for update", Map.of());
    }

    /** Every pool's balance, as committed. */
    public List<PoolBalance> all() {
        return List.copyOf(read("select " + COLUMNS + " from pool_balance order by pool", Map.of()).values());
    }

    public Optional<PoolBalance> find(String pool) {
        return read("select " + COLUMNS + " from pool_balance where pool = :pool", Map.of("pool", pool)).values()
                .stream().findFirst();
    }

    /**
     * Moves one pool's accounts by the given amounts in one statement, so that the row's CHECK constraints (no
     * negative available or reserved balance, the accounting identity) judge the movement as a whole.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String pool, Map<Account, BigDecimal> deltas) {
        StringBuilder sql = new StringBuilder("update pool_balance set ");
        List<Account> accounts = List.copyOf(deltas.keySet());
        for (int i = 0; i < accounts.size(); i++) {
            String column = accounts.get(i).column();
            sql.append(i == 0 ? "" : ", ").append(column).append(" = ").append(column).append(" + ?").append(i + 1);
        }
        sql.append(" where pool = ?").append(accounts.size() + 1);
        var update = em.createNativeQuery(sql.toString());
        for (int i = 0; i < accounts.size(); i++) {
            update.setParameter(i + 1, deltas.get(accounts.get(i)));
        }
        if (update.setParameter(accounts.size() + 1, pool).executeUpdate() != 1) {
            throw new IllegalStateException("No balance row for pool " + pool);
        }
    }

    private Map<String, PoolBalance> read(String sql, Map<String, Object> parameters) {
        var query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, PoolBalance> balances = new LinkedHashMap<>();
        for (Object[] row : rows) {
            balances.put((String) row[0], new PoolBalance((String) row[0], (BigDecimal) row[1], (BigDecimal) row[2],
                    (BigDecimal) row[3], (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6],
                    (BigDecimal) row[7], (BigDecimal) row[8]));
        }
        return balances;
    }
}
