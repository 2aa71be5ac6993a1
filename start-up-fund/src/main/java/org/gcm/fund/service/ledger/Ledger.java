package org.gcm.fund.service.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.LedgerEntryRepository;
import org.gcm.fund.repository.LedgerTransactionRepository;
import org.gcm.fund.repository.PoolBalances;

/**
 * The only writer of the books: posts a movement as balanced entries and moves the pools' balance rows by the same
 * amounts, in the caller's transaction. The caller must hold the locks of the pools it touches
 * ({@link PoolBalances#lock}); the database checks that the entries balance and that no balance goes negative.
 */
@ApplicationScoped
public class Ledger {

    private final PoolBalances balances;
    private final LedgerTransactionRepository transactions;
    private final LedgerEntryRepository entries;

    Ledger(PoolBalances balances, LedgerTransactionRepository transactions, LedgerEntryRepository entries) {
        this.balances = balances;
        this.transactions = transactions;
        this.entries = entries;
    }

    /** What a movement is about. */
    public record About(LedgerTransaction.Kind kind, LocalDate valueDate, String description, UUID contributionId,
            UUID depositId, UUID grantId, Integer trancheNumber) {

        public static About grant(LedgerTransaction.Kind kind, LocalDate valueDate, String description, UUID grantId,
                Integer trancheNumber) {
            return new About(kind, valueDate, description, null, null, grantId, trancheNumber);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(About about, List<Leg> legs) {
        Leg.requireBalanced(legs, about);
        LedgerTransaction transaction = new LedgerTransaction();
        transaction.id = UUID.randomUUID();
        transaction.kind = about.kind();
        transaction.valueDate = about.valueDate();
        transaction.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        transaction.description = about.description();
        transaction.contributionId = about.contributionId();
        transaction.depositId = about.depositId();
        transaction.grantId = about.grantId();
        transaction.trancheNumber = about.trancheNumber();
        transactions.persist(transaction);

        Map<String, Map<Account, BigDecimal>> deltas = new TreeMap<>();
        for (Leg leg : legs) {
            if (leg.amount().signum() == 0) {
                continue;
            }
            LedgerEntry entry = new LedgerEntry();
            entry.transactionId = transaction.id;
            entry.pool = leg.pool();
            entry.account = leg.account();
            if (leg.debit()) {
                entry.debit = leg.amount();
            } else {
                entry.credit = leg.amount();
            }
            entries.persist(entry);
            deltas.computeIfAbsent(leg.pool(), pool -> new EnumMap<>(Account.class))
                    .merge(leg.account(), leg.delta(), BigDecimal::add);
        }
        transactions.flush();
        deltas.forEach(balances::apply);
        return transaction.id;
    }
}
