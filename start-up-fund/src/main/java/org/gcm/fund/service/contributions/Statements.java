package org.gcm.fund.service.contributions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.ContributionRepository;
import org.gcm.fund.repository.GrantAllocationRepository;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.contributions.ContributionCommands.EarmarkingJson;

/**
 * A contributor's statement: what it pledged, committed and deposited, per currency and per earmark, and for each pool
 * it gave to, how the pool's money was used and which grants draw on it.
 */
@ApplicationScoped
public class Statements {

    private final ContributionRepository contributions;
    private final PoolBalances balances;
    private final GrantAllocationRepository allocations;
    private final SeedGrantRepository grants;

    Statements(ContributionRepository contributions, PoolBalances balances, GrantAllocationRepository allocations,
            SeedGrantRepository grants) {
        this.contributions = contributions;
        this.balances = balances;
        this.allocations = allocations;
        this.grants = grants;
    }

    public record Statement(String contributorId, String contributorName, OffsetDateTime asOf, List<CurrencyTotals> totals,
            MoneyJson depositedUsd, List<EarmarkLine> byEarmark) {
    }

    /** Totals in one original currency: pledged (all not cancelled), committed (signed), deposited (cash received). */
    public record CurrencyTotals(String currency, MoneyJson pledged, MoneyJson committed, MoneyJson deposited) {
    }

    public record ContributionLine(UUID contributionId, ContributionStatus status, MoneyJson amount, MoneyJson deposited,
            MoneyJson depositedUsd) {
    }

    /** The pool's figures in USD, from its balance row. */
    public record PoolUse(MoneyJson contributions, MoneyJson interest, MoneyJson administrativeAgentFees,
            MoneyJson transfers, MoneyJson indirectCosts, MoneyJson refunds, MoneyJson reserved, MoneyJson available) {

        static PoolUse of(PoolBalance b) {
            return new PoolUse(MoneyJson.usd(b.contributions()), MoneyJson.usd(b.interest()),
                    MoneyJson.usd(b.administrativeAgentFees()), MoneyJson.usd(b.transfers()), MoneyJson.usd(b.indirectCosts()),
                    MoneyJson.usd(b.refunds()), MoneyJson.usd(b.reserved()), MoneyJson.usd(b.available()));
        }
    }

    public record GrantUse(UUID grantId, String title, String requestingCountry, GrantStatus status,
            MoneyJson reservedFromPool, MoneyJson transferredFromPool) {
    }

    /** One earmark (pool) the contributor gave to; {@code shareOfPool} is its part of the pool's deposits. */
    public record EarmarkLine(EarmarkingJson earmarking, String pool, List<ContributionLine> contributions,
            MoneyJson depositedUsd, String shareOfPool, PoolUse poolUse, List<GrantUse> grants) {
    }

    public Statement of(Contributor contributor) {
        Map<String, BigDecimal[]> perCurrency = new TreeMap<>();
        Map<String, List<Contribution>> perPool = new TreeMap<>();
        BigDecimal depositedUsd = BigDecimal.ZERO;
        for (Contribution c : contributions.ofContributor(contributor.id)) {
            BigDecimal[] sums = perCurrency.computeIfAbsent(c.currency,
                    any -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
            if (c.status != ContributionStatus.CANCELLED) {
                sums[0] = sums[0].add(c.amount);
            }
            if (c.status == ContributionStatus.COMMITTED || c.status == ContributionStatus.DEPOSITED) {
                sums[1] = sums[1].add(c.amount);
            }
            sums[2] = sums[2].add(c.depositedAmount);
            depositedUsd = depositedUsd.add(c.depositedUsd);
            perPool.computeIfAbsent(c.pool, any -> new ArrayList<>()).add(c);
        }
        List<CurrencyTotals> totals = perCurrency.entrySet().stream()
                .map(e -> new CurrencyTotals(e.getKey(), MoneyJson.of(e.getValue()[0], e.getKey()),
                        MoneyJson.of(e.getValue()[1], e.getKey()), MoneyJson.of(e.getValue()[2], e.getKey())))
                .toList();
        List<EarmarkLine> lines = new ArrayList<>();
        perPool.forEach((pool, given) -> lines.add(line(pool, given)));
        return new Statement(contributor.id, contributor.name, OffsetDateTime.now(ZoneOffset.UTC), totals, MoneyJson.usd(depositedUsd), lines);
    }

    private EarmarkLine line(String pool, List<Contribution> given) {
        Earmark earmark = Earmark.ofPool(pool);
        BigDecimal deposited = Amounts.sum(given, c -> c.depositedUsd);
        PoolBalance balance = balances.find(pool).orElse(new PoolBalance(pool, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        String share = balance.contributions().signum() == 0 ? "0"
                : deposited.divide(balance.contributions(), 4, RoundingMode.HALF_UP).toPlainString();
        List<GrantUse> uses = allocations.inPool(pool).stream()
                .map(allocation -> {
                    SeedGrant grant = grants.findById(allocation.grantId);
                    return new GrantUse(grant.id, grant.title, grant.requestingCountry, grant.status,
                            MoneyJson.usd(allocation.reserved), MoneyJson.usd(allocation.transferred.subtract(allocation.refunded)));
                })
                .toList();
        return new EarmarkLine(new EarmarkingJson(earmark.kind(), earmark.value()), pool,
                given.stream().map(c -> new ContributionLine(c.id, c.status, MoneyJson.of(c.amount, c.currency),
                        MoneyJson.of(c.depositedAmount, c.currency), MoneyJson.usd(c.depositedUsd))).toList(),
                MoneyJson.usd(deposited), share, PoolUse.of(balance), uses);
    }
}
