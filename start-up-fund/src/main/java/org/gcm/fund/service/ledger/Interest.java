package org.gcm.fund.service.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.service.grants.PipelineFunding;
import org.gcm.refusals.InvalidInput;
import org.jboss.logging.Logger;

/** Interest the fund's cash earned: a source of funds, credited to the unearmarked pool. */
@ApplicationScoped
public class Interest {

    private static final Logger LOG = Logger.getLogger(Interest.class);

    private final PoolBalances balances;
    private final Ledger ledger;
    private final PipelineFunding pipeline;

    Interest(PoolBalances balances, Ledger ledger, PipelineFunding pipeline) {
        this.balances = balances;
        this.ledger = ledger;
        this.pipeline = pipeline;
    }

    /** Posts the interest, then funds the pipelined grants it covers. */
    @Transactional
    public UUID record(NewInterest interest) {
        List<Leg> legs = legs(interest.amount().value(), interest.amount().currency());
        String pool = Earmark.UNEARMARKED.pool();
        balances.ensure(balances.missing(List.of(pool)));
        balances.lockAll();
        UUID movement = ledger.post(new Ledger.About(LedgerTransaction.Kind.INTEREST, interest.earnedOn(),
                "Interest earned " + interest.earnedOn(), null, null, null, null), legs);
        LOG.infof("Interest of %s USD recorded (movement %s)", legs.get(0).amount(), movement);
        pipeline.fundWaitingGrants();
        return movement;
    }

    /**
     * The movement that interest of {@code amount} makes: available up, interest (a source) up, in the unearmarked
     * pool, to the cent. Refuses anything but a positive amount in USD, the currency of the books.
     */
    public static List<Leg> legs(BigDecimal amount, String currency) {
        InvalidInput.check()
                .require(Amounts.USD.equals(currency), "amount.currency", "usd", "must be USD: the books are kept in USD")
                .require(Amounts.positive(amount), "amount.amount", "positive", "must be more than zero")
                .orRefuse();
        String pool = Earmark.UNEARMARKED.pool();
        BigDecimal usd = Amounts.cents(amount);
        return List.of(Leg.debit(pool, Account.AVAILABLE, usd), Leg.credit(pool, Account.INTEREST, usd));
    }
}
