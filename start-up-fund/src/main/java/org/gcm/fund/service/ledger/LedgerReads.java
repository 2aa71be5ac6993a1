package org.gcm.fund.service.ledger;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.repository.LedgerEntryRepository;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.refusals.NotFound;

/** What the books show the fund's managers and committee: the pools' balance rows and their latest entries. */
@ApplicationScoped
public class LedgerReads {

    /** The most entries one read answers. */
    public static final int LATEST_ENTRIES = 200;

    private final PoolBalances balances;
    private final LedgerEntryRepository entries;

    LedgerReads(PoolBalances balances, LedgerEntryRepository entries) {
        this.balances = balances;
        this.entries = entries;
    }

    public List<PoolBalance> pools() {
        return balances.all();
    }

    /** One pool's balance row: a primary-key read, however long the ledger. */
    public PoolBalance pool(String pool) {
        return balances.find(pool).orElseThrow(() -> NotFound.of("pool", pool));
    }

    /** The pool's latest entries, newest first. */
    public List<LedgerEntry> entries(String pool) {
        return entries.latest(pool, LATEST_ENTRIES);
    }
}
