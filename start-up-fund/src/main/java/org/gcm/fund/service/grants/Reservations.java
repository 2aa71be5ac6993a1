package org.gcm.fund.service.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Earmark;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.GrantAllocationRepository;
import org.gcm.fund.service.ledger.Ledger;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.reference.ReferenceData;

/**
 * Reserves a grant's money: from the earmarked pools that match it first (the thematic areas of its objectives, its
 * objectives, its country), then from the unearmarked pool, never more than a pool has available.
 */
@ApplicationScoped
public class Reservations {

    private final ReferenceData reference;
    private final Ledger ledger;
    private final GrantAllocationRepository allocations;

    Reservations(ReferenceData reference, Ledger ledger, GrantAllocationRepository allocations) {
        this.reference = reference;
        this.ledger = ledger;
        this.allocations = allocations;
    }

    /** The pools a grant may draw on, in the order it draws on them. */
    public List<String> candidatePools(SeedGrant grant) {
        Set<String> pools = new LinkedHashSet<>();
        for (Integer objective : grant.objectives) {
            reference.thematicAreas().stream()
                    .filter(area -> area.objectives().contains(objective))
                    .map(area -> Earmark.thematicArea(area.code()).pool())
                    .sorted()
                    .forEach(pools::add);
        }
        grant.objectives.forEach(objective -> pools.add(Earmark.objective(objective).pool()));
        pools.add(Earmark.country(grant.requestingCountry).pool());
        pools.add(Earmark.UNEARMARKED.pool());
        return List.copyOf(pools);
    }

    /** One pool's share of a reservation. */
    public record Draw(String pool, BigDecimal amount) {
    }

    /**
     * How {@code needed} would be drawn from the candidate pools, in their order, skipping {@code blocked} ones and
     * never taking more than a pool has available; empty if they do not cover it.
     */
    public static List<Draw> plan(List<String> candidates, Set<String> blocked, Map<String, BigDecimal> available, BigDecimal needed) {
        List<Draw> draws = new ArrayList<>();
        BigDecimal missing = needed;
        for (String pool : candidates) {
            if (missing.signum() == 0) {
                break;
            }
            BigDecimal there = available.getOrDefault(pool, BigDecimal.ZERO);
            if (blocked.contains(pool) || there.signum() <= 0) {
                continue;
            }
            BigDecimal take = there.min(missing);
            draws.add(new Draw(pool, take));
            missing = missing.subtract(take);
        }
        return missing.signum() == 0 ? draws : List.of();
    }

    /**
     * Reserves the grant's total cost as planned: one balanced movement (available -> reserved in each pool) and
     * the grant's allocations. {@code available} is updated. The pools must be locked by the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(SeedGrant grant, List<Draw> draws, Map<String, BigDecimal> available) {
        List<Leg> legs = new ArrayList<>();
        int position = 0;
        for (Draw draw : draws) {
            legs.add(Leg.debit(draw.pool(), Account.RESERVED, draw.amount()));
            legs.add(Leg.credit(draw.pool(), Account.AVAILABLE, draw.amount()));
            GrantAllocation allocation = new GrantAllocation();
            allocation.id = UUID.randomUUID();
            allocation.grantId = grant.id;
            allocation.position = ++position;
            allocation.pool = draw.pool();
            allocation.reserved = draw.amount();
            allocations.persist(allocation);
            available.merge(draw.pool(), draw.amount().negate(), BigDecimal::add);
        }
        ledger.post(Ledger.About.grant(LedgerTransaction.Kind.RESERVATION, LocalDate.now(),
                "Reservation for grant " + grant.id + " (" + grant.approvedAmount.toPlainString() + " + indirect cost "
                        + grant.indirectCost.toPlainString() + ")", grant.id, null), legs);
    }
}
