package org.gcm.fund.service.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.repository.LedgerEntryRepository;
import org.gcm.fund.repository.LedgerTransactionRepository;
import org.gcm.fund.repository.LedgerTransactionRepository.Filter;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;

/**
 * What the books show the fund's managers and committee: the pools' balance rows, their entries, and every movement
 * with its entries, so that an auditor can follow each dollar through the API.
 */
@ApplicationScoped
public class LedgerReads {

    private final PoolBalances balances;
    private final LedgerTransactionRepository transactions;
    private final LedgerEntryRepository entries;

    LedgerReads(PoolBalances balances, LedgerTransactionRepository transactions, LedgerEntryRepository entries) {
        this.balances = balances;
        this.transactions = transactions;
        this.entries = entries;
    }

    /** A movement with its entries (legs), whose debits equal its credits. */
    public record Movement(LedgerTransaction transaction, List<LedgerEntry> entries) {
    }

    public List<PoolBalance> pools() {
        return balances.all();
    }

    /** One pool's balance row: a primary-key read, however long the ledger. */
    public PoolBalance pool(String pool) {
        return balances.find(pool).orElseThrow(() -> NotFound.of("pool", pool));
    }

    /** A page of the pool's entries, newest first. */
    public Page<LedgerEntry> entries(String pool, Paging paging) {
        pool(pool);
        return entries.page(pool, paging);
    }

    /** A page of the movements the filter keeps, newest first, each with its entries. */
    @Transactional
    public Page<Movement> movements(LedgerTransaction.Kind kind, LocalDate from, LocalDate to, String pool,
            UUID contributionId, UUID grantId, Paging paging) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "not-before-from", "must not be before from");
        }
        Page<LedgerTransaction> page = transactions.page(new Filter(kind, from, to, pool, contributionId, grantId), paging);
        Map<UUID, List<LedgerEntry>> legs = entries.ofTransactions(page.items().stream().map(t -> t.id).toList())
                .stream().collect(Collectors.groupingBy(e -> e.transactionId));
        return page.map(t -> new Movement(t, legs.getOrDefault(t.id, List.of())));
    }

    /** One movement with its entries. */
    @Transactional
    public Movement movement(UUID id) {
        LedgerTransaction transaction = transactions.findByIdOptional(id).orElseThrow(() -> NotFound.of("ledger transaction", id.toString()));
        return new Movement(transaction, entries.ofTransactions(List.of(id)));
    }
}
