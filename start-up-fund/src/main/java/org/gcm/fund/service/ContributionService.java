package org.gcm.fund.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.ContributionDeposited;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Deposit;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.rest.ContributionRequests.Cancellation;
import org.gcm.fund.rest.ContributionRequests.Commitment;
import org.gcm.fund.rest.ContributionRequests.EarmarkingJson;
import org.gcm.fund.rest.ContributionRequests.NewContribution;
import org.gcm.fund.rest.ContributionRequests.NewDeposit;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * The contribution lifecycle: pledge, commitment, deposits (each a balanced movement into the contribution's pool,
 * less the administrative agent's fee), cancellation before any cash.
 */
@ApplicationScoped
public class ContributionService {

    private static final Logger LOG = Logger.getLogger(ContributionService.class);

    @Inject
    Access access;

    @Inject
    ContributorService contributors;

    @Inject
    FundConfig config;

    @Inject
    Ledger ledger;

    @Inject
    PoolBalances balances;

    @Inject
    PipelineFunding pipeline;

    @Inject
    Outbox outbox;

    @Transactional
    public Contribution pledge(NewContribution body, boolean demo) {
        String contributorId = body.contributorId() != null ? body.contributorId()
                : access.contributorScope().orElseThrow(() -> ProblemException.invalidField("contributorId", "NotNull",
                        "is required when a fund manager records a contribution"));
        Contributor contributor = contributors.get(contributorId);
        Earmark earmark = earmark(body.earmarking());
        new Checks()
                .currency(body.amount().currency(), "amount.currency")
                .positive(body.amount().value(), "amount.amount")
                .minorUnits(body.amount().value(), body.amount().currency(), "amount.amount")
                .orRefuse();
        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        contribution.contributorId = contributor.id;
        contribution.status = ContributionStatus.PLEDGED;
        contribution.amount = Amounts.cents(body.amount().value());
        contribution.currency = body.amount().currency();
        contribution.earmarkKind = earmark.kind();
        contribution.earmarkValue = earmark.value();
        contribution.pool = earmark.pool();
        contribution.pledgedOn = body.pledgedOn() != null ? body.pledgedOn() : LocalDate.now();
        contribution.demo = demo;
        contribution.createdAt = OffsetDateTime.now();
        contribution.persist();
        LOG.infof("Contribution %s PLEDGED by %s: %s %s to %s", contribution.id, contributor.id, contribution.amount,
                contribution.currency, contribution.pool);
        return contribution;
    }

    @Transactional
    public Contribution commit(UUID id, String ifMatch, Commitment body) {
        Contribution contribution = get(id);
        EntityTags.requireMatch(ifMatch, contribution.version, "contribution " + id);
        contribution.moveTo(ContributionStatus.COMMITTED);
        contribution.agreementReference = body.agreementReference().strip();
        contribution.committedOn = body.signedOn();
        LOG.infof("Contribution %s COMMITTED", id);
        return contribution;
    }

    @Transactional
    public Contribution cancel(UUID id, String ifMatch, Cancellation body) {
        Contribution contribution = get(id);
        EntityTags.requireMatch(ifMatch, contribution.version, "contribution " + id);
        if (contribution.depositedAmount.signum() > 0) {
            throw ProblemException.stateConflict("Contribution " + id + " is " + contribution.status
                    + " and money was deposited; deposited money cannot be cancelled.");
        }
        contribution.moveTo(ContributionStatus.CANCELLED);
        contribution.cancellationReason = body.reason().strip();
        LOG.infof("Contribution %s CANCELLED", id);
        return contribution;
    }

    /**
     * Records a cash receipt: the US dollar value at the given rate goes into the contribution's pool, less the
     * administrative agent's fee, in one balanced movement; the receipt is published; pipelined grants it covers are
     * then funded in order of approval.
     */
    @Transactional
    public Deposit deposit(UUID id, NewDeposit body) {
        Contribution contribution = get(id);
        BigDecimal amount = body.amount().value();
        new Checks()
                .require(body.amount().currency().equals(contribution.currency), "amount.currency", "contribution-currency",
                        "must be the contribution's currency " + contribution.currency)
                .positive(amount, "amount.amount")
                .minorUnits(amount, contribution.currency, "amount.amount")
                .require(!Amounts.USD.equals(contribution.currency) || body.exchangeRate().compareTo(BigDecimal.ONE) == 0,
                        "exchangeRate", "usd-rate", "must be 1 for a contribution in USD")
                .require(body.exchangeRate().scale() <= 10, "exchangeRate", "precision", "must have at most 10 decimals")
                .require(contribution.depositedAmount.add(amount).compareTo(contribution.amount) <= 0, "amount.amount",
                        "within-commitment", "would bring the deposits to more than the committed "
                                + contribution.amount.toPlainString() + " " + contribution.currency + " (already deposited: "
                                + contribution.depositedAmount.toPlainString() + ")")
                .orRefuse();
        contribution.moveTo(ContributionStatus.DEPOSITED);

        Deposit deposit = new Deposit();
        deposit.id = UUID.randomUUID();
        deposit.contributionId = contribution.id;
        deposit.amount = Amounts.cents(amount);
        deposit.currency = contribution.currency;
        deposit.exchangeRate = body.exchangeRate();
        deposit.usdValue = Amounts.cents(amount.multiply(body.exchangeRate()));
        if (deposit.usdValue.signum() <= 0) {
            throw ProblemException.invalidField("amount.amount", "usd-value", "is worth less than one cent at this rate");
        }
        deposit.depositedOn = body.depositedOn();
        deposit.recordedBy = access.who();
        deposit.recordedAt = OffsetDateTime.now();
        deposit.persist();
        contribution.depositedAmount = contribution.depositedAmount.add(deposit.amount);
        contribution.depositedUsd = contribution.depositedUsd.add(deposit.usdValue);

        balances.ensure(balances.missing(List.of(contribution.pool)));
        balances.lockAll();
        BigDecimal fee = Amounts.percent(deposit.usdValue, config.fees().administrativeAgentRate());
        ledger.post(new Ledger.About(LedgerTransaction.Kind.DEPOSIT, deposit.depositedOn,
                "Deposit " + deposit.id + " of contribution " + contribution.id + " (" + deposit.amount.toPlainString() + " "
                        + deposit.currency + " at " + deposit.exchangeRate.toPlainString() + ")",
                contribution.id, deposit.id, null, null),
                List.of(Leg.debit(contribution.pool, Account.AVAILABLE, deposit.usdValue),
                        Leg.credit(contribution.pool, Account.CONTRIBUTIONS, deposit.usdValue),
                        Leg.debit(contribution.pool, Account.ADMINISTRATIVE_AGENT_FEES, fee),
                        Leg.credit(contribution.pool, Account.AVAILABLE, fee)));

        Contributor contributor = Contributor.findById(contribution.contributorId);
        outbox.append(Topics.FUND_CONTRIBUTIONS, EventTypes.CONTRIBUTION_DEPOSITED, contribution.id.toString(),
                new ContributionDeposited(contribution.id.toString(), deposit.id.toString(), contributor.id, contributor.name,
                        contributor.organisationType, Money.of(deposit.amount, deposit.currency),
                        deposit.exchangeRate.stripTrailingZeros().toPlainString(), Money.of(deposit.usdValue, Amounts.USD),
                        deposit.depositedOn, eventEarmarking(contribution.earmark())));
        LOG.infof("Deposit %s on contribution %s: %s %s = %s USD into %s (fee %s)", deposit.id, contribution.id,
                deposit.amount, deposit.currency, deposit.usdValue, contribution.pool, fee);
        pipeline.fundWaitingGrants();
        return deposit;
    }

    /** The contribution, if the caller may see it; else 404. */
    public Contribution get(UUID id) {
        Contribution contribution = Contribution.findById(id);
        if (contribution == null) {
            throw ProblemException.notFound("Contribution " + id + " does not exist.");
        }
        access.requireContributor(contribution.contributorId, "Contribution " + id);
        return contribution;
    }

    public Deposit deposit(UUID contributionId, UUID depositId) {
        get(contributionId);
        Deposit deposit = Deposit.findById(depositId);
        if (deposit == null || !deposit.contributionId.equals(contributionId)) {
            throw ProblemException.notFound("Deposit " + depositId + " of contribution " + contributionId + " does not exist.");
        }
        return deposit;
    }

    public List<Deposit> deposits(UUID contributionId) {
        return Deposit.list("contributionId", Sort.by("depositedOn").and("recordedAt"), contributionId);
    }

    public record Listing(List<Contribution> items, long total) {
    }

    public Listing list(String contributorId, ContributionStatus status, int offset, int limit) {
        Optional<String> own = access.contributorScope();
        if (own.isPresent() && contributorId != null && !own.get().equals(contributorId)) {
            return new Listing(List.of(), 0);
        }
        String who = own.orElse(contributorId);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (who != null) {
            where.append(" and contributorId = :contributor");
            parameters.and("contributor", who);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        var query = Contribution.<Contribution>find(where.toString(), Sort.by("createdAt").and("id"), parameters);
        return new Listing(query.range(offset, offset + limit - 1).list(), query.count());
    }

    private Earmark earmark(EarmarkingJson earmarking) {
        String value = earmarking.value();
        Earmark earmark = new Earmark(earmarking.kind(), value);
        boolean valid = switch (earmarking.kind()) {
            case UNEARMARKED -> value == null;
            case THEMATIC_AREA -> value != null && config.thematicAreas().containsKey(value);
            case OBJECTIVE -> value != null && value.matches("[1-9]|1[0-9]|2[0-3]");
            case COUNTRY -> Codes.country(value);
        };
        if (!valid) {
            String rule = switch (earmarking.kind()) {
                case UNEARMARKED -> "must be absent when the contribution is unearmarked";
                case THEMATIC_AREA -> "must be one of the fund's thematic areas " + new java.util.TreeSet<>(config.thematicAreas().keySet());
                case OBJECTIVE -> "must be a GCM objective number, 1 to 23";
                case COUNTRY -> "must be an ISO 3166-1 alpha-3 country code such as KEN";
            };
            throw ProblemException.invalidField("earmarking.value", "earmark-" + earmarking.kind().name().toLowerCase()
                    .replace('_', '-'), rule);
        }
        return earmark;
    }

    static ContributionDeposited.Earmarking eventEarmarking(Earmark earmark) {
        return earmark.kind() == EarmarkKind.UNEARMARKED ? ContributionDeposited.Earmarking.unearmarked()
                : new ContributionDeposited.Earmarking(ContributionDeposited.Earmarking.Kind.valueOf(earmark.kind().name()),
                        earmark.value());
    }
}
