package org.gcm.fund.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.PoolBalances;
import org.jboss.logging.Logger;

/** Interest the fund's cash earned: a source of funds, credited to the unearmarked pool. */
@ApplicationScoped
public class Interest {

    private static final Logger LOG = Logger.getLogger(Interest.class);

    @Inject
    PoolBalances balances;

    @Inject
    Ledger ledger;

    @Inject
    PipelineFunding pipeline;

    @Transactional
    public UUID record(BigDecimal amount, String currency, LocalDate earnedOn) {
        new Checks()
                .require(Amounts.USD.equals(currency), "amount.currency", "usd", "must be USD: the books are kept in USD")
                .positive(amount, "amount.amount")
                .orRefuse();
        String pool = Earmark.UNEARMARKED.pool();
        balances.ensure(balances.missing(List.of(pool)));
        balances.lockAll();
        BigDecimal usd = Amounts.cents(amount);
        UUID movement = ledger.post(new Ledger.About(LedgerTransaction.Kind.INTEREST, earnedOn, "Interest earned " + earnedOn,
                null, null, null, null), List.of(Leg.debit(pool, Account.AVAILABLE, usd), Leg.credit(pool, Account.INTEREST, usd)));
        LOG.infof("Interest of %s USD recorded (movement %s)", usd, movement);
        pipeline.fundWaitingGrants();
        return movement;
    }
}
