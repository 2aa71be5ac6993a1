package org.gcm.fund.service.contributions;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.ContributionDeposited;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionAction;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Deposit;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.DepositRepository;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.service.Currencies;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.contributions.ContributionCommands.NewDeposit;
import org.gcm.fund.service.grants.PipelineFunding;
import org.gcm.fund.service.ledger.Ledger;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.NotFound;
import org.jboss.logging.Logger;

/**
 * Cash receipts against contributions: each is a balanced movement of its US dollar value into the contribution's
 * pool, less the administrative agent's fee; it is published, then funds the pipelined grants it covers.
 */
@ApplicationScoped
public class Deposits {

    private static final Logger LOG = Logger.getLogger(Deposits.class);

    private final ContributionService contributions;
    private final ContributorService contributors;
    private final DepositRepository deposits;
    private final ContributionLifecycle lifecycle;
    private final PoolBalances balances;
    private final Ledger ledger;
    private final PipelineFunding pipeline;
    private final Outbox outbox;
    private final FundConfig config;
    private final FundAccess access;
    private final Currencies currencies;

    Deposits(ContributionService contributions, ContributorService contributors, DepositRepository deposits,
            ContributionLifecycle lifecycle, PoolBalances balances, Ledger ledger, PipelineFunding pipeline, Outbox outbox,
            FundConfig config, FundAccess access, Currencies currencies) {
        this.contributions = contributions;
        this.contributors = contributors;
        this.deposits = deposits;
        this.lifecycle = lifecycle;
        this.balances = balances;
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.outbox = outbox;
        this.config = config;
        this.access = access;
        this.currencies = currencies;
    }

    /** Records a receipt at its rate (COMMITTED or DEPOSITED -> DEPOSITED), in the books and on the wire. */
    @Transactional
    public Deposit record(UUID contributionId, NewDeposit body) {
        Contribution contribution = contributions.get(contributionId);
        BigDecimal amount = body.amount().value();
        InvalidInput.check()
                .require(body.amount().currency().equals(contribution.currency), "amount.currency", "contribution-currency",
                        "must be the contribution's currency " + contribution.currency)
                .require(Amounts.positive(amount), "amount.amount", "positive", "must be more than zero")
                .require(currencies.fitsMinorUnits(amount, contribution.currency), "amount.amount", "minor-units",
                        currencies.minorUnits(contribution.currency))
                .require(!Amounts.USD.equals(contribution.currency) || body.rate().compareTo(BigDecimal.ONE) == 0,
                        "exchangeRate", "usd-rate", "must be 1 for a contribution in USD")
                .require(contribution.depositedAmount.add(amount).compareTo(contribution.amount) <= 0, "amount.amount",
                        "within-commitment", "would bring the deposits to more than the committed "
                                + contribution.amount.toPlainString() + " " + contribution.currency + " (already deposited: "
                                + contribution.depositedAmount.toPlainString() + ")")
                .orRefuse();
        lifecycle.requireAllowed(contribution, ContributionAction.DEPOSIT);
        BigDecimal usdValue = Amounts.usd(amount, body.rate());
        if (!Amounts.positive(usdValue)) {
            throw InvalidInput.of("amount.amount", "usd-value", "is worth less than one cent at this rate");
        }
        if (!Amounts.fitsBooks(usdValue)) {
            throw InvalidInput.of("exchangeRate", "usd-value", "makes the deposit worth more than the books hold (17 digits of US dollars)");
        }
        Actor actor = access.actor();
        Deposit deposit = new Deposit();
        deposit.id = UUID.randomUUID();
        deposit.contributionId = contribution.id;
        deposit.amount = Amounts.cents(amount);
        deposit.currency = contribution.currency;
        deposit.exchangeRate = body.rate();
        deposit.usdValue = usdValue;
        deposit.depositedOn = body.depositedOn();
        deposit.recordedBy = actor.name();
        deposit.recordedAt = lifecycle.now();
        lifecycle.move(contribution, ContributionAction.DEPOSIT, actor, "Deposit " + deposit.id + ": "
                + deposit.amount.toPlainString() + " " + deposit.currency + " at " + deposit.exchangeRate.toPlainString());
        deposits.persist(deposit);
        contribution.depositedAmount = contribution.depositedAmount.add(deposit.amount);
        contribution.depositedUsd = contribution.depositedUsd.add(deposit.usdValue);
        BigDecimal fee = post(contribution, deposit);
        publish(contribution, deposit);
        LOG.infof("Deposit %s on contribution %s: %s %s = %s USD into %s (fee %s)", deposit.id, contribution.id,
                deposit.amount, deposit.currency, deposit.usdValue, contribution.pool, fee);
        pipeline.fundWaitingGrants();
        return deposit;
    }

    /** One receipt, if the caller may see its contribution. */
    public Deposit get(UUID contributionId, UUID depositId) {
        contributions.get(contributionId);
        Deposit deposit = deposits.findById(depositId);
        if (deposit == null || !deposit.contributionId.equals(contributionId)) {
            throw NotFound.of("deposit", depositId + " of contribution " + contributionId);
        }
        return deposit;
    }

    /** A contribution's receipts, in the order they were deposited. */
    public List<Deposit> of(UUID contributionId) {
        return deposits.of(contributionId);
    }

    /** The deposit's movement, less the administrative agent's fee; every pool locked, as pipeline funding needs. */
    private BigDecimal post(Contribution contribution, Deposit deposit) {
        balances.ensure(balances.missing(List.of(contribution.pool)));
        balances.lockAll();
        BigDecimal fee = Amounts.percent(deposit.usdValue, config.fees().administrativeAgentRate());
        ledger.post(new Ledger.About(LedgerTransaction.Kind.DEPOSIT, deposit.depositedOn, "Deposit " + deposit.id
                + " of contribution " + contribution.id + " (" + deposit.amount.toPlainString() + " " + deposit.currency
                + " at " + deposit.exchangeRate.toPlainString() + ")", contribution.id, deposit.id, null, null),
                List.of(Leg.debit(contribution.pool, Account.AVAILABLE, deposit.usdValue),
                        Leg.credit(contribution.pool, Account.CONTRIBUTIONS, deposit.usdValue),
                        Leg.debit(contribution.pool, Account.ADMINISTRATIVE_AGENT_FEES, fee),
                        Leg.credit(contribution.pool, Account.AVAILABLE, fee)));
        return fee;
    }

    private void publish(Contribution contribution, Deposit deposit) {
        Contributor contributor = contributors.get(contribution.contributorId);
        outbox.append(contribution.id.toString(), new ContributionDeposited(contribution.id.toString(),
                deposit.id.toString(), contributor.id, contributor.name, contributor.organisationType,
                Money.of(deposit.amount, deposit.currency), deposit.exchangeRate.stripTrailingZeros().toPlainString(),
                Money.of(deposit.usdValue, Amounts.USD), deposit.depositedOn,
                Earmarks.forEvent(contribution.earmark())));
    }
}
