package org.gcm.fund.service.tranches;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.domain.TrancheStatus;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantApplications;
import org.gcm.fund.service.grants.GrantEvents;
import org.gcm.fund.service.grants.GrantLifecycle;
import org.gcm.fund.service.ledger.Ledger;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.fund.service.tranches.TrancheCommands.Disbursement;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * Pays a planned tranche: its amount goes to transfers and its indirect cost to indirect costs, both out of the
 * grant's reservation, pool by pool in the order the reservation was drawn. The first tranche makes the grant ACTIVE;
 * each publishes TrancheDisbursed.
 */
@ApplicationScoped
public class Disbursements {

    private final GrantApplications applications;
    private final Tranches tranches;
    private final GrantLifecycle lifecycle;
    private final PoolBalances balances;
    private final Ledger ledger;
    private final GrantEvents events;
    private final FundConfig config;
    private final FundAccess access;

    Disbursements(GrantApplications applications, Tranches tranches, GrantLifecycle lifecycle, PoolBalances balances,
            Ledger ledger, GrantEvents events, FundConfig config, FundAccess access) {
        this.applications = applications;
        this.tranches = tranches;
        this.lifecycle = lifecycle;
        this.balances = balances;
        this.ledger = ledger;
        this.events = events;
        this.config = config;
        this.access = access;
    }

    @Transactional
    public Tranche disburse(UUID grantId, int number, String ifMatch, Disbursement body) {
        SeedGrant grant = applications.get(grantId);
        Tranche tranche = tranches.get(grantId, number);
        EntityTags.requireMatch(ifMatch, tranche.version, "tranche " + number + " of grant " + grantId);
        lifecycle.requireAllowed(grant, GrantAction.DISBURSE);
        if (tranche.status != TrancheStatus.PLANNED) {
            throw new StateConflict("Tranche " + number + " of grant " + grantId + " is " + tranche.status
                    + "; only a PLANNED tranche can be disbursed.");
        }
        List<GrantAllocation> allocations = applications.allocations(grant);
        balances.lock(allocations.stream().map(a -> a.pool).toList());
        BigDecimal indirect = ReservationUse.indirectCost(tranche.amount, config.fees().indirectCostRate(),
                grant.approvedAmount, grant.indirectCost, allocations);
        List<Leg> legs = ReservationUse.disburse(allocations, tranche.amount, indirect)
                .orElseThrow(() -> new StateConflict(grant.describe() + " has not enough reserved money left for tranche "
                        + number + "."));
        ledger.post(Ledger.About.grant(LedgerTransaction.Kind.DISBURSEMENT, body.disbursedOn(),
                "Tranche " + number + " of grant " + grantId, grantId, number), legs);
        Actor actor = access.actor();
        tranche.status = TrancheStatus.DISBURSED;
        tranche.indirectCost = indirect;
        tranche.disbursedOn = body.disbursedOn();
        tranche.disbursedBy = actor.name();
        lifecycle.move(grant, GrantAction.DISBURSE, actor, "Tranche " + number + ": " + tranche.amount.toPlainString()
                + " USD + " + indirect.toPlainString() + " indirect cost");
        events.trancheDisbursed(grant, number, tranche.amount, Amounts.sum(allocations, a -> a.transferred),
                body.disbursedOn());
        return tranche;
    }
}
