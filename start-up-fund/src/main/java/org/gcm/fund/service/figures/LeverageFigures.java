package org.gcm.fund.service.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.FollowOnFundingRepository;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.service.MoneyJson;
import org.gcm.fund.service.figures.Leverage.GrantLeverage;

/** The leverage of seed grants: follow-on funding recorded against each funded grant, per grant and in total. */
@ApplicationScoped
public class LeverageFigures {

    private static final EnumSet<GrantStatus> FUNDED = EnumSet.of(GrantStatus.APPROVED, GrantStatus.ACTIVE,
            GrantStatus.CLOSED);

    private final SeedGrantRepository grants;
    private final FollowOnFundingRepository followOnFunding;

    LeverageFigures(SeedGrantRepository grants, FollowOnFundingRepository followOnFunding) {
        this.grants = grants;
        this.followOnFunding = followOnFunding;
    }

    public Leverage leverage() {
        Map<UUID, BigDecimal> followOn = new HashMap<>();
        followOnFunding.listAll().forEach(f -> followOn.merge(f.grantId, f.amount, BigDecimal::add));
        List<GrantLeverage> lines = new ArrayList<>();
        BigDecimal seed = BigDecimal.ZERO;
        BigDecimal mobilised = BigDecimal.ZERO;
        for (SeedGrant grant : grants.inStatus(FUNDED)) {
            BigDecimal more = followOn.getOrDefault(grant.id, BigDecimal.ZERO);
            lines.add(new GrantLeverage(grant.id.toString(), grant.requestingCountry, grant.title,
                    MoneyJson.usd(grant.approvedAmount), MoneyJson.usd(more), Amounts.ratio(more, grant.approvedAmount)));
            seed = seed.add(grant.approvedAmount);
            mobilised = mobilised.add(more);
        }
        return new Leverage(MoneyJson.usd(seed), MoneyJson.usd(mobilised), Amounts.ratio(mobilised, seed), lines);
    }
}
