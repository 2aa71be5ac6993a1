package org.gcm.fund.service.grants;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.service.FundAccess;
import org.gcm.lifecycle.Actor;

/**
 * Funds pipelined grants, in order of approval, when money comes in (a deposit, interest, a closure's release). A
 * grant that still cannot be covered keeps its place: the grants behind it may not draw on the pools it waits for.
 */
@ApplicationScoped
public class PipelineFunding {

    private final PoolBalances balances;
    private final SeedGrantRepository grants;
    private final Reservations reservations;
    private final GrantLifecycle lifecycle;
    private final GrantEvents events;

    PipelineFunding(PoolBalances balances, SeedGrantRepository grants, Reservations reservations, GrantLifecycle lifecycle,
            GrantEvents events) {
        this.balances = balances;
        this.grants = grants;
        this.reservations = reservations;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    /** Locks every pool, then funds what it can; the fund itself is recorded as the one who moved each grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fundWaitingGrants() {
        Map<String, BigDecimal> available = available(balances.lockAll());
        Set<String> blocked = new HashSet<>();
        for (SeedGrant grant : grants.pipelined()) {
            List<String> candidates = reservations.candidatePools(grant);
            List<Reservations.Draw> draws = Reservations.plan(candidates, blocked, available, grant.totalCost());
            if (draws.isEmpty()) {
                blocked.addAll(candidates);
                continue;
            }
            reservations.reserve(grant, draws, available);
            lifecycle.move(grant, GrantAction.FUND_PIPELINED, Actor.system(FundAccess.SERVICE), "Deposits now cover "
                    + grant.totalCost().toPlainString() + " USD, reserved from "
                    + draws.stream().map(Reservations.Draw::pool).toList());
            events.approved(grant);
        }
    }

    /** The pools the pipelined grants wait for: a new approval may not take their money before them. */
    public Set<String> poolsWaitedFor() {
        Set<String> pools = new HashSet<>();
        grants.pipelined().forEach(grant -> pools.addAll(reservations.candidatePools(grant)));
        return pools;
    }

    static Map<String, BigDecimal> available(Map<String, PoolBalance> locked) {
        Map<String, BigDecimal> available = new HashMap<>();
        locked.forEach((pool, balance) -> available.put(pool, balance.available()));
        return available;
    }
}
