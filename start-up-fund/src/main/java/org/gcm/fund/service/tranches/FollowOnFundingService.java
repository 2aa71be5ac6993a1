package org.gcm.fund.service.tranches;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.FollowOnFunding;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.FollowOnFundingRepository;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantApplications;
import org.gcm.fund.service.tranches.TrancheCommands.NewFollowOnFunding;
import org.gcm.refusals.InvalidInput;
import org.gcm.refusals.StateConflict;
import org.jboss.logging.Logger;

/** Funding a project mobilised after its seed grant (para 43 (b)(ii)): what the fund's leverage is made of. */
@ApplicationScoped
public class FollowOnFundingService {

    private static final Logger LOG = Logger.getLogger(FollowOnFundingService.class);

    /** The grants that were funded, and so may have mobilised more. */
    private static final Set<GrantStatus> FUNDED = EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE, GrantStatus.CLOSED);

    private final GrantApplications applications;
    private final FollowOnFundingRepository funding;
    private final FundAccess access;

    FollowOnFundingService(GrantApplications applications, FollowOnFundingRepository funding, FundAccess access) {
        this.applications = applications;
        this.funding = funding;
        this.access = access;
    }

    @Transactional
    public FollowOnFunding record(UUID grantId, NewFollowOnFunding body) {
        SeedGrant grant = applications.get(grantId);
        if (!FUNDED.contains(grant.status)) {
            throw new StateConflict(grant.describe() + " is " + grant.status + "; follow-on funding is recorded only for "
                    + "a funded grant " + FUNDED + ".");
        }
        InvalidInput.check()
                .require(Amounts.USD.equals(body.amount().currency()), "amount.currency", "usd",
                        "must be USD, converted at the rate of the day it was secured")
                .require(Amounts.positive(body.amount().value()), "amount.amount", "positive", "must be more than zero")
                .orRefuse();
        FollowOnFunding line = new FollowOnFunding();
        line.id = UUID.randomUUID();
        line.grantId = grantId;
        line.source = body.source().strip();
        line.amount = Amounts.cents(body.amount().value());
        line.securedOn = body.securedOn();
        line.recordedBy = access.actor().name();
        line.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        funding.persist(line);
        LOG.infof("Follow-on funding %s recorded for grant %s: %s USD", line.id, grantId, line.amount);
        return line;
    }

    /** A grant's follow-on funding, for whoever may read the grant. */
    public List<FollowOnFunding> of(UUID grantId) {
        return funding.of(applications.get(grantId).id);
    }
}
