package org.gcm.fund.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.Money;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.PoolBalance;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.events.outbox.Outbox;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

/**
 * Funds pipelined grants, in order of approval, when money comes in (a deposit, interest, a closure's release). A
 * grant that still cannot be covered keeps its place: the grants behind it may not draw on the pools it waits for.
 */
@ApplicationScoped
public class PipelineFunding {

    private static final Logger LOG = Logger.getLogger(PipelineFunding.class);

    @Inject
    PoolBalances balances;

    @Inject
    Reservations reservations;

    @Inject
    Outbox outbox;

    /** Locks every pool, then funds what it can. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fundWaitingGrants() {
        Map<String, BigDecimal> available = available(balances.lockAll());
        Set<String> blocked = new HashSet<>();
        for (SeedGrant grant : waiting()) {
            List<String> candidates = reservations.candidatePools(grant);
            List<Reservations.Draw> draws = reservations.plan(candidates, blocked, available, grant.totalCost());
            if (draws.isEmpty()) {
                blocked.addAll(candidates);
                continue;
            }
            reservations.reserve(grant, draws, available);
            grant.moveTo(GrantStatus.APPROVED);
            grant.decidedAt = OffsetDateTime.now();
            announceApproval(grant, outbox);
            LOG.infof("Grant %s PIPELINE -> APPROVED: deposits now cover %s USD", grant.id, grant.totalCost());
        }
    }

    /** The pools the pipelined grants wait for: a new approval may not take their money before them. */
    public Set<String> poolsWaitedFor() {
        Set<String> pools = new HashSet<>();
        waiting().forEach(grant -> pools.addAll(reservations.candidatePools(grant)));
        return pools;
    }

    private static List<SeedGrant> waiting() {
        return SeedGrant.list("status", Sort.by("approvalOrder"), GrantStatus.PIPELINE);
    }

    static Map<String, BigDecimal> available(Map<String, PoolBalance> locked) {
        Map<String, BigDecimal> available = new HashMap<>();
        locked.forEach((pool, balance) -> available.put(pool, balance.available()));
        return available;
    }

    static void announceApproval(SeedGrant grant, Outbox outbox) {
        outbox.append(Topics.FUND_GRANTS, EventTypes.GRANT_APPROVED, grant.id.toString(),
                new GrantApproved(grant.id.toString(), grant.requestId, grant.requestingCountry,
                        Money.of(grant.approvedAmount, Amounts.USD), grant.decidedAt));
    }
}
