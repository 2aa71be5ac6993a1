package org.gcm.fund.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Account;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.domain.TrancheStatus;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.rest.GrantRequests.Closure;
import org.gcm.fund.rest.GrantRequests.Disbursement;
import org.gcm.fund.rest.GrantRequests.NewTranche;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

/** The money of an approved grant: its tranche schedule, each disbursement, and the closure with its refund. */
@ApplicationScoped
public class GrantDisbursements {

    private static final Logger LOG = Logger.getLogger(GrantDisbursements.class);
    private static final EnumSet<GrantStatus> FUNDED = EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE);

    @Inject
    GrantApplications applications;

    @Inject
    PoolBalances balances;

    @Inject
    Ledger ledger;

    @Inject
    PipelineFunding pipeline;

    @Inject
    FundConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Access access;

    /** Adds a tranche to the schedule; the schedule never exceeds the approved amount. */
    @Transactional
    public Tranche plan(UUID grantId, NewTranche body) {
        SeedGrant grant = applications.get(grantId);
        grant.requireOneOf(GrantStatus.ACTIVE, FUNDED);
        List<Tranche> schedule = tranches(grantId);
        BigDecimal planned = Amounts.sum(schedule, t -> t.amount);
        BigDecimal amount = body.amount().value();
        new Checks()
                .require(Amounts.USD.equals(body.amount().currency()), "amount.currency", "usd", "must be USD")
                .positive(amount, "amount.amount")
                .require(planned.add(amount).compareTo(grant.approvedAmount) <= 0, "amount.amount", "within-grant",
                        "would bring the schedule to more than the approved " + grant.approvedAmount.toPlainString()
                                + " USD (already planned: " + planned.toPlainString() + ")")
                .orRefuse();
        Tranche tranche = new Tranche();
        tranche.id = UUID.randomUUID();
        tranche.grantId = grantId;
        tranche.number = schedule.size() + 1;
        tranche.amount = Amounts.cents(amount);
        tranche.plannedOn = body.plannedOn();
        tranche.status = TrancheStatus.PLANNED;
        tranche.persist();
        return tranche;
    }

    /**
     * Pays a planned tranche: its amount goes to transfers and its indirect cost to indirect costs, both out of the
     * grant's reservation, pool by pool in the order the reservation was drawn. The first tranche makes the grant
     * ACTIVE; each publishes TrancheDisbursed.
     */
    @Transactional
    public Tranche disburse(UUID grantId, int number, String ifMatch, Disbursement body) {
        SeedGrant grant = applications.get(grantId);
        Tranche tranche = tranche(grantId, number);
        EntityTags.requireMatch(ifMatch, tranche.version, "tranche " + number + " of grant " + grantId);
        grant.requireOneOf(GrantStatus.ACTIVE, FUNDED);
        if (tranche.status != TrancheStatus.PLANNED) {
            throw ProblemException.stateConflict("Tranche " + number + " of grant " + grantId + " is " + tranche.status
                    + "; only a PLANNED tranche can be disbursed.");
        }
        List<GrantAllocation> allocations = allocations(grantId);
        balances.lock(allocations.stream().map(a -> a.pool).toList());
        BigDecimal transferredBefore = Amounts.sum(allocations, a -> a.transferred);
        BigDecimal indirectBefore = Amounts.sum(allocations, a -> a.indirectCost);
        BigDecimal indirectLeft = grant.indirectCost.subtract(indirectBefore);
        BigDecimal disbursedToDate = transferredBefore.add(tranche.amount);
        BigDecimal indirect = disbursedToDate.compareTo(grant.approvedAmount) == 0 ? indirectLeft
                : Amounts.percent(tranche.amount, config.fees().indirectCostRate()).min(indirectLeft);

        List<Leg> legs = new ArrayList<>();
        BigDecimal transferLeft = tranche.amount;
        BigDecimal costLeft = indirect;
        for (GrantAllocation allocation : allocations) {
            BigDecimal room = allocation.remaining();
            BigDecimal transfer = room.min(transferLeft);
            room = room.subtract(transfer);
            BigDecimal cost = room.min(costLeft);
            if (transfer.signum() == 0 && cost.signum() == 0) {
                continue;
            }
            legs.add(Leg.debit(allocation.pool, Account.TRANSFERS, transfer));
            legs.add(Leg.debit(allocation.pool, Account.INDIRECT_COSTS, cost));
            legs.add(Leg.credit(allocation.pool, Account.RESERVED, transfer.add(cost)));
            allocation.transferred = allocation.transferred.add(transfer);
            allocation.indirectCost = allocation.indirectCost.add(cost);
            transferLeft = transferLeft.subtract(transfer);
            costLeft = costLeft.subtract(cost);
        }
        if (transferLeft.signum() != 0 || costLeft.signum() != 0) {
            throw ProblemException.stateConflict("Grant " + grantId + " has not enough reserved money left for tranche "
                    + number + ".");
        }
        ledger.post(Ledger.About.grant(LedgerTransaction.Kind.DISBURSEMENT, body.disbursedOn(),
                "Tranche " + number + " of grant " + grantId, grantId, number), legs);
        tranche.status = TrancheStatus.DISBURSED;
        tranche.indirectCost = indirect;
        tranche.disbursedOn = body.disbursedOn();
        tranche.disbursedBy = access.who();
        GrantStatus before = grant.status;
        grant.moveTo(GrantStatus.ACTIVE);
        outbox.append(Topics.FUND_GRANTS, EventTypes.TRANCHE_DISBURSED, grant.id.toString(),
                new TrancheDisbursed(grant.id.toString(), grant.requestId, grant.requestingCountry, number,
                        Money.of(tranche.amount, Amounts.USD), Money.of(disbursedToDate, Amounts.USD), body.disbursedOn()));
        LOG.infof("Grant %s tranche %d DISBURSED: %s USD (+%s indirect cost); grant %s -> ACTIVE", grantId, number,
                tranche.amount, indirect, before);
        return tranche;
    }

    /**
     * Closes the grant with its final figures: what is still reserved is released, and what the implementing
     * organisations did not spend is refunded, each to the pool it came from. Released money then funds the pipeline.
     */
    @Transactional
    public SeedGrant close(UUID grantId, String ifMatch, Closure body) {
        SeedGrant grant = applications.get(grantId);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + grantId);
        grant.requireOneOf(GrantStatus.CLOSED, FUNDED);
        List<GrantAllocation> allocations = allocations(grantId);
        BigDecimal transferred = Amounts.sum(allocations, a -> a.transferred);
        BigDecimal spent = body.finalExpenditure().value();
        new Checks()
                .require(Amounts.USD.equals(body.finalExpenditure().currency()), "finalExpenditure.currency", "usd", "must be USD")
                .require(spent.compareTo(transferred) <= 0, "finalExpenditure.amount", "within-transfers",
                        "must not exceed the " + transferred.toPlainString() + " USD transferred")
                .orRefuse();
        balances.lockAll();
        List<Leg> legs = new ArrayList<>();
        BigDecimal released = BigDecimal.ZERO;
        for (GrantAllocation allocation : allocations) {
            BigDecimal left = allocation.remaining();
            if (left.signum() > 0) {
                legs.add(Leg.debit(allocation.pool, Account.AVAILABLE, left));
                legs.add(Leg.credit(allocation.pool, Account.RESERVED, left));
                allocation.released = allocation.released.add(left);
                released = released.add(left);
            }
        }
        BigDecimal refund = Amounts.cents(transferred.subtract(spent));
        BigDecimal toReturn = refund;
        for (int i = allocations.size() - 1; i >= 0; i--) {
            GrantAllocation allocation = allocations.get(i);
            BigDecimal back = allocation.transferred.subtract(allocation.refunded).min(toReturn);
            if (back.signum() > 0) {
                legs.add(Leg.debit(allocation.pool, Account.AVAILABLE, back));
                legs.add(Leg.credit(allocation.pool, Account.REFUNDS, back));
                allocation.refunded = allocation.refunded.add(back);
                toReturn = toReturn.subtract(back);
            }
        }
        if (!legs.isEmpty()) {
            ledger.post(Ledger.About.grant(LedgerTransaction.Kind.REFUND, LocalDate.now(),
                    "Closure of grant " + grantId + ": released " + released.toPlainString() + ", refunded "
                            + refund.toPlainString(), grantId, null), legs);
        }
        grant.moveTo(GrantStatus.CLOSED);
        grant.finalExpenditure = Amounts.cents(spent);
        grant.finalReport = body.finalReport().strip();
        grant.refunded = refund;
        grant.released = released;
        grant.closedAt = OffsetDateTime.now();
        LOG.infof("Grant %s -> CLOSED: spent %s, refunded %s, released %s USD", grantId, spent, refund, released);
        pipeline.fundWaitingGrants();
        return grant;
    }

    public List<Tranche> tranches(UUID grantId) {
        return Tranche.list("grantId", Sort.by("number"), grantId);
    }

    public Tranche tranche(UUID grantId, int number) {
        Tranche tranche = Tranche.find("grantId = ?1 and number = ?2", grantId, number).firstResult();
        if (tranche == null) {
            throw ProblemException.notFound("Tranche " + number + " of grant " + grantId + " does not exist.");
        }
        return tranche;
    }

    public List<GrantAllocation> allocations(UUID grantId) {
        return GrantAllocation.list("grantId", Sort.by("position"), grantId);
    }
}
