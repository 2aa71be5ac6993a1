package org.gcm.fund.service.tranches;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.domain.LedgerTransaction;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantApplications;
import org.gcm.fund.service.grants.GrantLifecycle;
import org.gcm.fund.service.grants.PipelineFunding;
import org.gcm.fund.service.ledger.Ledger;
import org.gcm.fund.service.ledger.Leg;
import org.gcm.fund.service.tranches.TrancheCommands.Closure;
import org.gcm.refusals.InvalidInput;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * Closes a grant with its final figures: what is still reserved is released, and what the implementing organisations
 * did not spend is refunded, each to the pool it came from. Released money then funds the pipeline.
 */
@ApplicationScoped
public class Closures {

    private final GrantApplications applications;
    private final GrantLifecycle lifecycle;
    private final PoolBalances balances;
    private final Ledger ledger;
    private final PipelineFunding pipeline;
    private final FundAccess access;

    Closures(GrantApplications applications, GrantLifecycle lifecycle, PoolBalances balances, Ledger ledger,
            PipelineFunding pipeline, FundAccess access) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.balances = balances;
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.access = access;
    }

    /** APPROVED or ACTIVE -> CLOSED. */
    @Transactional
    public SeedGrant close(UUID grantId, String ifMatch, Closure body) {
        SeedGrant grant = applications.get(grantId);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + grantId);
        lifecycle.requireAllowed(grant, GrantAction.CLOSE);
        List<GrantAllocation> allocations = applications.allocations(grant);
        BigDecimal transferred = Amounts.sum(allocations, a -> a.transferred);
        BigDecimal spent = body.finalExpenditure().value();
        InvalidInput.check()
                .require(Amounts.USD.equals(body.finalExpenditure().currency()), "finalExpenditure.currency", "usd",
                        "must be USD")
                .require(spent.compareTo(transferred) <= 0, "finalExpenditure.amount", "within-transfers",
                        "must not exceed the " + transferred.toPlainString() + " USD transferred")
                .orRefuse();
        balances.lockAll();
        BigDecimal released = Amounts.sum(allocations, GrantAllocation::remaining);
        BigDecimal refund = Amounts.cents(transferred.subtract(spent));
        List<Leg> legs = new ArrayList<>(ReservationUse.release(allocations));
        legs.addAll(ReservationUse.refund(allocations, refund));
        if (!legs.isEmpty()) {
            ledger.post(Ledger.About.grant(LedgerTransaction.Kind.REFUND, LocalDate.now(), "Closure of grant " + grantId
                    + ": released " + released.toPlainString() + ", refunded " + refund.toPlainString(), grantId, null),
                    legs);
        }
        grant.finalExpenditure = Amounts.cents(spent);
        grant.finalReport = body.finalReport().strip();
        grant.refunded = refund;
        grant.released = released;
        lifecycle.move(grant, GrantAction.CLOSE, access.actor(), "Spent " + grant.finalExpenditure.toPlainString()
                + ", refunded " + refund.toPlainString() + ", released " + released.toPlainString() + " USD");
        pipeline.fundWaitingGrants();
        return grant;
    }
}
