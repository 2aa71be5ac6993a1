package org.gcm.fund.service.figures;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.repository.ContributionRepository;
import org.gcm.fund.repository.ContributorRepository;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.figures.KeyFigures.Balance;
import org.gcm.fund.service.figures.KeyFigures.GrantCounts;
import org.gcm.fund.service.figures.KeyFigures.Sources;
import org.gcm.fund.service.figures.KeyFigures.Uses;

/**
 * The fund's public key figures and contributors, in the shape of the MPTF Office's fund factsheet: sums of the
 * pools' balance rows, so that reading them does not grow with the ledger.
 */
@ApplicationScoped
public class Figures {

    private final PoolBalances balances;
    private final SeedGrantRepository grants;
    private final ContributorRepository contributors;
    private final ContributionRepository contributions;
    private final LeverageFigures leverage;

    Figures(PoolBalances balances, SeedGrantRepository grants, ContributorRepository contributors,
            ContributionRepository contributions, LeverageFigures leverage) {
        this.balances = balances;
        this.grants = grants;
        this.contributors = contributors;
        this.contributions = contributions;
        this.leverage = leverage;
    }

    public KeyFigures keyFigures() {
        List<PoolBalance> pools = balances.all();
        BigDecimal contributed = Amounts.sum(pools, PoolBalance::contributions);
        BigDecimal interest = Amounts.sum(pools, PoolBalance::interest);
        BigDecimal refunds = Amounts.sum(pools, PoolBalance::refunds);
        BigDecimal fees = Amounts.sum(pools, PoolBalance::administrativeAgentFees);
        BigDecimal indirect = Amounts.sum(pools, PoolBalance::indirectCosts);
        BigDecimal available = Amounts.sum(pools, PoolBalance::available);
        BigDecimal reserved = Amounts.sum(pools, PoolBalance::reserved);
        BigDecimal transfers = Amounts.sum(pools, PoolBalance::transfers);
        BigDecimal netFunded = transfers.subtract(refunds);
        Leverage total = leverage.leverage();
        return new KeyFigures(OffsetDateTime.now(ZoneOffset.UTC), Amounts.USD,
                new Sources(usd(contributed), usd(interest), usd(contributed.add(interest))),
                new Uses(usd(transfers), usd(refunds), usd(netFunded), usd(fees), usd(indirect),
                        usd(netFunded.add(fees).add(indirect))),
                new Balance(usd(available), usd(reserved), usd(available.add(reserved))),
                new GrantCounts(count(GrantStatus.RECEIVED) + count(GrantStatus.SCREENED), count(GrantStatus.UNDER_REVIEW),
                        count(GrantStatus.APPROVED), count(GrantStatus.PIPELINE), count(GrantStatus.ACTIVE),
                        count(GrantStatus.CLOSED), count(GrantStatus.REJECTED)),
                new Leverage(total.seed(), total.followOn(), total.leverage(), List.of()));
    }

    /** Each contributor, by name: its commitments per original currency and its deposits in USD. */
    public List<ContributorFigures> contributors() {
        Map<String, Map<String, BigDecimal>> committed = new HashMap<>();
        Map<String, BigDecimal> deposited = new HashMap<>();
        for (Contribution c : contributions.listAll()) {
            if (c.status == ContributionStatus.COMMITTED || c.status == ContributionStatus.DEPOSITED) {
                committed.computeIfAbsent(c.contributorId, any -> new TreeMap<>()).merge(c.currency, c.amount, BigDecimal::add);
            }
            deposited.merge(c.contributorId, c.depositedUsd, BigDecimal::add);
        }
        return contributors.byName().stream()
                .map(c -> new ContributorFigures(c.name, c.organisationType, c.country,
                        committed.getOrDefault(c.id, Map.of()).entrySet().stream()
                                .map(e -> MoneyJson.of(e.getValue(), e.getKey())).toList(),
                        usd(deposited.getOrDefault(c.id, BigDecimal.ZERO))))
                .toList();
    }

    private static MoneyJson usd(BigDecimal amount) {
        return MoneyJson.usd(amount);
    }

    private long count(GrantStatus status) {
        return grants.countIn(status);
    }
}
