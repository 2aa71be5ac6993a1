package org.gcm.fund.service.grants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantCommands.Approval;
import org.gcm.fund.service.grants.GrantCommands.Rejection;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.InvalidInput;
import org.gcm.writeguards.concurrency.EntityTags;

/**
 * The steering committee's decisions. Approving reserves the grant and its indirect cost from the matching pools,
 * with the pools' rows locked, so no two approvals can spend the same dollar; when the pools do not cover it the
 * grant goes to the pipeline and waits for deposits.
 */
@ApplicationScoped
public class GrantDecisions {

    private final GrantApplications applications;
    private final SeedGrantRepository grants;
    private final Reservations reservations;
    private final PipelineFunding pipeline;
    private final PoolBalances balances;
    private final GrantLifecycle lifecycle;
    private final GrantEvents events;
    private final FundConfig config;
    private final FundAccess access;

    GrantDecisions(GrantApplications applications, SeedGrantRepository grants, Reservations reservations,
            PipelineFunding pipeline, PoolBalances balances, GrantLifecycle lifecycle, GrantEvents events,
            FundConfig config, FundAccess access) {
        this.applications = applications;
        this.grants = grants;
        this.reservations = reservations;
        this.pipeline = pipeline;
        this.balances = balances;
        this.lifecycle = lifecycle;
        this.events = events;
        this.config = config;
        this.access = access;
    }

    /** UNDER_REVIEW -> APPROVED with the money reserved, or -> PIPELINE when the pools do not cover it yet. */
    @Transactional
    public SeedGrant approve(UUID id, String ifMatch, Approval body) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        lifecycle.requireAllowed(grant, GrantAction.APPROVE);
        boolean named = body != null && body.approvedAmount() != null;
        BigDecimal amount = named ? body.approvedAmount().value() : grant.requestedAmount;
        InvalidInput.check()
                .require(!named || Amounts.USD.equals(body.approvedAmount().currency()), "approvedAmount.currency", "usd",
                        "must be USD: seed grants are made in USD")
                .require(Amounts.positive(amount), "approvedAmount.amount", "positive", "must be more than zero")
                .require(amount.compareTo(grant.requestedAmount) <= 0, "approvedAmount.amount", "within-request",
                        "must not exceed the requested " + grant.requestedAmount.toPlainString() + " USD")
                .orRefuse();
        Actor actor = access.actor();
        grant.approvedAmount = Amounts.cents(amount);
        grant.indirectCost = Amounts.percent(grant.approvedAmount, config.fees().indirectCostRate());
        grant.decidedBy = actor.name();
        grant.approvalOrder = grants.nextApprovalOrder();

        List<String> candidates = reservations.candidatePools(grant);
        balances.ensure(balances.missing(candidates));
        Map<String, BigDecimal> available = PipelineFunding.available(balances.lock(candidates));
        List<Reservations.Draw> draws = Reservations.plan(candidates, pipeline.poolsWaitedFor(), available,
                grant.totalCost());
        if (draws.isEmpty()) {
            lifecycle.move(grant, GrantAction.PIPELINE, actor, "Not covered by the pools yet: " + grant.totalCost()
                    .toPlainString() + " USD with indirect cost");
            events.pipelined(grant);
            return grant;
        }
        reservations.reserve(grant, draws, available);
        lifecycle.move(grant, GrantAction.APPROVE, actor, "Reserved " + grant.totalCost().toPlainString()
                + " USD from " + draws.stream().map(Reservations.Draw::pool).toList());
        events.approved(grant);
        return grant;
    }

    /** UNDER_REVIEW or PIPELINE -> REJECTED, with a reason fit to show the requester. */
    @Transactional
    public SeedGrant reject(UUID id, String ifMatch, Rejection body) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        reject(grant, GrantAction.REJECT, body.reason().strip());
        return grant;
    }

    /** Rejects by {@code action} (the committee's, or a failed screening), and tells the hub. */
    void reject(SeedGrant grant, GrantAction action, String reason) {
        Actor actor = access.actor();
        lifecycle.move(grant, action, actor, reason);
        grant.rejectionReason = reason;
        grant.decidedBy = actor.name();
        events.rejected(grant);
    }
}
