package org.gcm.fund.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.LedgerEntry;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.PoolBalances;

/**
 * The only writer of the books: posts a movement as balanced entries and moves the pools' balance rows by the same
 * amounts, in the caller's transaction. The caller must hold the locks of the pools it touches
 * ({@link PoolBalances#lock}); the database checks that the entries balance and that no balance goes negative.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    PoolBalances balances;

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
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Leg leg : legs) {
            if (leg.amount().signum() < 0) {
                throw new IllegalArgumentException("A leg's amount is never negative: " + leg);
            }
            if (leg.debit()) {
                debits = debits.add(leg.amount());
            } else {
                credits = credits.add(leg.amount());
            }
        }
        if (debits.compareTo(credits) != 0) {
            throw new IllegalStateException("Unbalanced movement " + about + ": debits " + debits + ", credits " + credits);
        }
        LedgerTransaction transaction = new LedgerTransaction();
        transaction.id = UUID.randomUUID();
        transaction.kind = about.kind();
        transaction.valueDate = about.valueDate();
        transaction.recordedAt = OffsetDateTime.now();
        transaction.description = about.description();
        transaction.contributionId = about.contributionId();
        transaction.depositId = about.depositId();
        transaction.grantId = about.grantId();
        transaction.trancheNumber = about.trancheNumber();
        transaction.persist();

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
            entry.persist();
            deltas.computeIfAbsent(leg.pool(), pool -> new EnumMap<>(Account.class))
                    .merge(leg.account(), leg.delta(), BigDecimal::add);
        }
        transaction.flush();
        deltas.forEach(balances::apply);
        return transaction.id;
    }
}
