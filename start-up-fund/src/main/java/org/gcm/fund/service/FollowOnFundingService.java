package org.gcm.fund.service;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.FollowOnFunding;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.rest.GrantRequests.NewFollowOnFunding;
import org.jboss.logging.Logger;

import io.quarkus.panache.common.Sort;

/** Funding a project mobilised after its seed grant (para 43 (b)(ii)): what the fund's leverage is made of. */
@ApplicationScoped
public class FollowOnFundingService {

    private static final Logger LOG = Logger.getLogger(FollowOnFundingService.class);

    @Inject
    GrantApplications applications;

    @Inject
    Access access;

    @Transactional
    public FollowOnFunding record(UUID grantId, NewFollowOnFunding body) {
        SeedGrant grant = applications.get(grantId);
        grant.requireOneOf(GrantStatus.ACTIVE, EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE, GrantStatus.CLOSED));
        new Checks()
                .require(Amounts.USD.equals(body.amount().currency()), "amount.currency", "usd",
                        "must be USD, converted at the rate of the day it was secured")
                .positive(body.amount().value(), "amount.amount")
                .orRefuse();
        FollowOnFunding funding = new FollowOnFunding();
        funding.id = UUID.randomUUID();
        funding.grantId = grantId;
        funding.source = body.source().strip();
        funding.amount = Amounts.cents(body.amount().value());
        funding.securedOn = body.securedOn();
        funding.recordedBy = access.who();
        funding.recordedAt = OffsetDateTime.now();
        funding.persist();
        LOG.infof("Follow-on funding %s recorded for grant %s: %s USD", funding.id, grantId, funding.amount);
        return funding;
    }

    public List<FollowOnFunding> list(UUID grantId) {
        applications.get(grantId);
        return FollowOnFunding.list("grantId", Sort.by("securedOn").and("id"), grantId);
    }
}
