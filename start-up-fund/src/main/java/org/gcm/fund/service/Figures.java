package org.gcm.fund.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.domain.Contributor;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.EarmarkKind;
import org.gcm.fund.domain.FollowOnFunding;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.rest.MoneyJson;

import io.quarkus.panache.common.Sort;

/**
 * The fund's public figures, in the shape of the MPTF Office's fund factsheet: sources and uses of funds and the
 * balance (from the pools' balance rows), contributors, pipeline against available balances per thematic area, and the
 * leverage of seed grants.
 */
@ApplicationScoped
public class Figures {

    private static final EnumSet<GrantStatus> FUNDED = EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE, GrantStatus.CLOSED);

    @Inject
    PoolBalances balances;

    @Inject
    FundConfig config;

    public record Sources(MoneyJson contributions, MoneyJson interest, MoneyJson total) {
    }

    /** Refunds from implementing organisations reduce the net funded amount. */
    public record Uses(MoneyJson transfers, MoneyJson refunds, MoneyJson netFundedAmount,
            MoneyJson administrativeAgentFees, MoneyJson indirectCosts, MoneyJson total) {
    }

    public record Balance(MoneyJson available, MoneyJson reserved, MoneyJson total) {
    }

    public record GrantCounts(long received, long underReview, long approved, long pipeline, long active, long closed,
            long rejected) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "KeyFigures", example = """
            {"asOf": "2026-11-22T18:00:00Z", "currency": "USD",
             "sources": {"contributions": {"amount": "1084200.00", "currency": "USD"}, "interest": {"amount": "0.00", "currency": "USD"},
                         "total": {"amount": "1084200.00", "currency": "USD"}},
             "uses": {"transfers": {"amount": "100000.00", "currency": "USD"}, "refunds": {"amount": "0.00", "currency": "USD"},
                      "netFundedAmount": {"amount": "100000.00", "currency": "USD"},
                      "administrativeAgentFees": {"amount": "10842.00", "currency": "USD"},
                      "indirectCosts": {"amount": "7000.00", "currency": "USD"}, "total": {"amount": "117842.00", "currency": "USD"}},
             "balance": {"available": {"amount": "805858.00", "currency": "USD"}, "reserved": {"amount": "160500.00", "currency": "USD"},
                         "total": {"amount": "966358.00", "currency": "USD"}},
             "grants": {"received": 0, "underReview": 0, "approved": 0, "pipeline": 0, "active": 1, "closed": 0, "rejected": 0},
             "leverage": {"seed": {"amount": "250000.00", "currency": "USD"}, "followOn": {"amount": "0.00", "currency": "USD"},
                          "leverage": "0.00", "grants": []}}""")
    public record KeyFigures(OffsetDateTime asOf, String currency, Sources sources, Uses uses, Balance balance,
            GrantCounts grants, Leverage leverage) {
    }

    public record ContributorFigures(String name, String organisationType, String country, List<MoneyJson> committed,
            MoneyJson depositedUsd) {
    }

    public record ThematicAreaFigures(String area, List<Integer> objectives, MoneyJson available, MoneyJson approved,
            MoneyJson pipeline, MoneyJson gap) {

        ThematicAreaFigures(String area, List<Integer> objectives, BigDecimal available, BigDecimal approved,
                BigDecimal pipeline) {
            this(area, objectives, MoneyJson.usd(available), MoneyJson.usd(approved), MoneyJson.usd(pipeline),
                    MoneyJson.usd(pipeline.subtract(available).max(BigDecimal.ZERO)));
        }
    }

    /** {@code leverage} = follow-on / seed, a decimal string with two decimals. */
    public record GrantLeverage(String grantId, String requestingCountry, String title, MoneyJson seed, MoneyJson followOn,
            String leverage) {
    }

    public record Leverage(MoneyJson seed, MoneyJson followOn, String leverage, List<GrantLeverage> grants) {
    }

    public KeyFigures keyFigures() {
        BigDecimal contributions = BigDecimal.ZERO;
        BigDecimal interest = BigDecimal.ZERO;
        BigDecimal transfers = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal indirect = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        BigDecimal reserved = BigDecimal.ZERO;
        for (PoolBalance b : balances.all()) {
            contributions = contributions.add(b.contributions());
            interest = interest.add(b.interest());
            transfers = transfers.add(b.transfers());
            refunds = refunds.add(b.refunds());
            fees = fees.add(b.administrativeAgentFees());
            indirect = indirect.add(b.indirectCosts());
            available = available.add(b.available());
            reserved = reserved.add(b.reserved());
        }
        BigDecimal netFunded = transfers.subtract(refunds);
        Leverage leverage = leverage();
        return new KeyFigures(OffsetDateTime.now(), "USD",
                new Sources(usd(contributions), usd(interest), usd(contributions.add(interest))),
                new Uses(usd(transfers), usd(refunds), usd(netFunded), usd(fees), usd(indirect),
                        usd(netFunded.add(fees).add(indirect))),
                new Balance(usd(available), usd(reserved), usd(available.add(reserved))),
                new GrantCounts(count(GrantStatus.RECEIVED) + count(GrantStatus.SCREENED), count(GrantStatus.UNDER_REVIEW),
                        count(GrantStatus.APPROVED), count(GrantStatus.PIPELINE), count(GrantStatus.ACTIVE),
                        count(GrantStatus.CLOSED), count(GrantStatus.REJECTED)),
                new Leverage(leverage.seed(), leverage.followOn(), leverage.leverage(), List.of()));
    }

    public List<ContributorFigures> contributors() {
        Map<String, Map<String, BigDecimal>> committed = new HashMap<>();
        Map<String, BigDecimal> deposited = new HashMap<>();
        for (Contribution c : Contribution.<Contribution>listAll()) {
            if (c.status == ContributionStatus.COMMITTED || c.status == ContributionStatus.DEPOSITED) {
                committed.computeIfAbsent(c.contributorId, any -> new TreeMap<>()).merge(c.currency, c.amount, BigDecimal::add);
            }
            deposited.merge(c.contributorId, c.depositedUsd, BigDecimal::add);
        }
        return Contributor.<Contributor>listAll(Sort.by("name")).stream()
                .map(c -> new ContributorFigures(c.name, c.organisationType, c.country,
                        committed.getOrDefault(c.id, Map.of()).entrySet().stream()
                                .map(e -> MoneyJson.of(e.getValue(), e.getKey())).toList(),
                        usd(deposited.getOrDefault(c.id, BigDecimal.ZERO))))
                .toList();
    }

    /**
     * Per thematic area: what is available to it (its own pool and its objectives' pools), what was approved and what
     * waits in the pipeline for it (a grant counts under the area of its first objective), and the gap. The unearmarked
     * and country pools, open to several areas, are shown on their own lines.
     */
    public List<ThematicAreaFigures> thematicAreas() {
        Map<String, BigDecimal> available = new HashMap<>();
        BigDecimal unearmarked = BigDecimal.ZERO;
        BigDecimal countries = BigDecimal.ZERO;
        for (PoolBalance b : balances.all()) {
            Earmark earmark = b.earmark();
            if (earmark.kind() == EarmarkKind.UNEARMARKED) {
                unearmarked = unearmarked.add(b.available());
            } else if (earmark.kind() == EarmarkKind.COUNTRY) {
                countries = countries.add(b.available());
            } else {
                String area = earmark.kind() == EarmarkKind.THEMATIC_AREA ? earmark.value()
                        : areaOf(Integer.parseInt(earmark.value()));
                available.merge(area, b.available(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> approved = new HashMap<>();
        Map<String, BigDecimal> pipeline = new HashMap<>();
        for (SeedGrant grant : SeedGrant.<SeedGrant>list("status in ?1", EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE,
                GrantStatus.CLOSED, GrantStatus.PIPELINE))) {
            String area = areaOf(grant.objectives.get(0));
            (grant.status == GrantStatus.PIPELINE ? pipeline : approved).merge(area, grant.totalCost(), BigDecimal::add);
        }
        List<ThematicAreaFigures> lines = new ArrayList<>();
        new TreeMap<>(config.thematicAreas()).forEach((area, objectives) -> {
            BigDecimal there = available.getOrDefault(area, BigDecimal.ZERO);
            BigDecimal waiting = pipeline.getOrDefault(area, BigDecimal.ZERO);
            lines.add(new ThematicAreaFigures(area, objectives, there, approved.getOrDefault(area, BigDecimal.ZERO), waiting));
        });
        lines.add(new ThematicAreaFigures("UNEARMARKED", List.of(), unearmarked, BigDecimal.ZERO, BigDecimal.ZERO));
        lines.add(new ThematicAreaFigures("COUNTRY_EARMARKED", List.of(), countries, BigDecimal.ZERO, BigDecimal.ZERO));
        return lines;
    }

    /** Follow-on funding mobilised after seed grants: leverage = follow-on / seed. */
    public Leverage leverage() {
        Map<java.util.UUID, BigDecimal> followOn = new HashMap<>();
        FollowOnFunding.<FollowOnFunding>listAll().forEach(f -> followOn.merge(f.grantId, f.amount, BigDecimal::add));
        List<GrantLeverage> grants = new ArrayList<>();
        BigDecimal seed = BigDecimal.ZERO;
        BigDecimal mobilised = BigDecimal.ZERO;
        for (SeedGrant grant : SeedGrant.<SeedGrant>list("status in ?1", Sort.by("openedAt"), FUNDED)) {
            BigDecimal more = followOn.getOrDefault(grant.id, BigDecimal.ZERO);
            grants.add(new GrantLeverage(grant.id.toString(), grant.requestingCountry, grant.title,
                    usd(grant.approvedAmount), usd(more), ratio(more, grant.approvedAmount)));
            seed = seed.add(grant.approvedAmount);
            mobilised = mobilised.add(more);
        }
        return new Leverage(usd(seed), usd(mobilised), ratio(mobilised, seed), grants);
    }

    private String areaOf(int objective) {
        return new TreeMap<>(config.thematicAreas()).entrySet().stream()
                .filter(area -> area.getValue().contains(objective)).map(Map.Entry::getKey).findFirst().orElse("UNMAPPED");
    }

    private static String ratio(BigDecimal part, BigDecimal whole) {
        return (whole.signum() == 0 ? BigDecimal.ZERO.setScale(2) : part.divide(whole, 2, RoundingMode.HALF_UP)).toPlainString();
    }

    private static MoneyJson usd(BigDecimal amount) {
        return MoneyJson.usd(amount);
    }

    private static long count(GrantStatus status) {
        return SeedGrant.count("status", status);
    }
}
