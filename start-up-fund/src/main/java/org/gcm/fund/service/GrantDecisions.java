package org.gcm.fund.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.outbox.Outbox;
import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.PoolBalances;
import org.gcm.fund.rest.GrantRequests.Approval;
import org.gcm.fund.rest.GrantRequests.Rejection;
import org.gcm.problem.ProblemException;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/**
 * The steering committee's decisions. Approving reserves the grant and its indirect cost from the matching pools,
 * with the pools' rows locked, so no two approvals can spend the same dollar; when the pools do not cover it the
 * grant goes to the pipeline and waits for deposits.
 */
@ApplicationScoped
public class GrantDecisions {

    private static final Logger LOG = Logger.getLogger(GrantDecisions.class);

    @Inject
    GrantApplications applications;

    @Inject
    Reservations reservations;

    @Inject
    PipelineFunding pipeline;

    @Inject
    PoolBalances balances;

    @Inject
    FundConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Access access;

    @Inject
    EntityManager em;

    @Transactional
    public SeedGrant approve(UUID id, String ifMatch, Approval body) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        grant.requireOneOf(GrantStatus.APPROVED, java.util.EnumSet.of(GrantStatus.UNDER_REVIEW));
        BigDecimal amount = body == null || body.approvedAmount() == null ? grant.requestedAmount
                : body.approvedAmount().value();
        new Checks()
                .require(body == null || body.approvedAmount() == null || Amounts.USD.equals(body.approvedAmount().currency()),
                        "approvedAmount.currency", "usd", "must be USD: seed grants are made in USD")
                .positive(amount, "approvedAmount.amount")
                .require(amount.compareTo(grant.requestedAmount) <= 0, "approvedAmount.amount", "within-request",
                        "must not exceed the requested " + grant.requestedAmount.toPlainString() + " USD")
                .orRefuse();
        grant.approvedAmount = Amounts.cents(amount);
        grant.indirectCost = Amounts.percent(grant.approvedAmount, config.fees().indirectCostRate());
        grant.decidedAt = OffsetDateTime.now();
        grant.decidedBy = access.who();
        grant.approvalOrder = ((Number) em.createNativeQuery("select nextval('seed_grant_approval_order')")
                .getSingleResult()).longValue();

        List<String> candidates = reservations.candidatePools(grant);
        balances.ensure(balances.missing(candidates));
        Map<String, BigDecimal> available = PipelineFunding.available(balances.lock(candidates));
        List<Reservations.Draw> draws = reservations.plan(candidates, pipeline.poolsWaitedFor(), available, grant.totalCost());
        if (draws.isEmpty()) {
            grant.moveTo(GrantStatus.PIPELINE);
            outbox.append(Topics.FUND_GRANTS, EventTypes.GRANT_PIPELINED, grant.id.toString(),
                    new GrantPipelined(grant.id.toString(), grant.requestId, grant.requestingCountry,
                            Money.of(grant.approvedAmount, Amounts.USD), grant.decidedAt));
            LOG.infof("Grant %s UNDER_REVIEW -> PIPELINE: %s USD not covered by the pools yet", id, grant.totalCost());
            return grant;
        }
        reservations.reserve(grant, draws, available);
        grant.moveTo(GrantStatus.APPROVED);
        PipelineFunding.announceApproval(grant, outbox);
        LOG.infof("Grant %s UNDER_REVIEW -> APPROVED: %s USD reserved from %s", id, grant.totalCost(),
                draws.stream().map(Reservations.Draw::pool).toList());
        return grant;
    }

    @Transactional
    public SeedGrant reject(UUID id, String ifMatch, Rejection body) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        if (grant.status == GrantStatus.RECEIVED) {
            throw ProblemException.stateConflict("Grant " + id + " is RECEIVED; the steering committee rejects from "
                    + "UNDER_REVIEW or PIPELINE (screening rejects RECEIVED applications).");
        }
        GrantApplications.reject(grant, body.reason().strip(), outbox, access.who());
        return grant;
    }
}
