package org.gcm.fund.service.iati;

import static java.util.stream.Collectors.groupingBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.domain.Tranche;
import org.gcm.fund.repository.ContributionRepository;
import org.gcm.fund.repository.ContributorRepository;
import org.gcm.fund.repository.DepositRepository;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.repository.TrancheRepository;
import org.gcm.reference.Objective;
import org.gcm.reference.ReferenceData;

/**
 * The fund and its seed grants as IATI 2.03 activities, for donor portals: public, as the fund's figures are. Read in
 * one transaction, each table once, so that every amount agrees with every other.
 */
@ApplicationScoped
public class IatiExport {

    private final Publisher publisher;
    private final ReferenceData reference;
    private final ContributionRepository contributions;
    private final ContributorRepository contributors;
    private final DepositRepository deposits;
    private final SeedGrantRepository grants;
    private final TrancheRepository tranches;

    IatiExport(FundConfig config, ReferenceData reference, ContributionRepository contributions,
            ContributorRepository contributors, DepositRepository deposits, SeedGrantRepository grants,
            TrancheRepository tranches) {
        this.publisher = new Publisher(config.iati());
        this.reference = reference;
        this.contributions = contributions;
        this.contributors = contributors;
        this.deposits = deposits;
        this.grants = grants;
        this.tranches = tranches;
    }

    @Transactional
    public IatiActivities activities() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        List<SeedGrant> published = grants.inStatus(IatiCodes.PUBLISHED);
        Map<UUID, List<Tranche>> paid = tranches.disbursed().stream().collect(groupingBy(t -> t.grantId));
        FundActivity.Records records = new FundActivity.Records(contributions.notCancelled(),
                contributors.byName().stream().collect(Collectors.toMap(c -> c.id, Function.identity())),
                deposits.inOrder().stream().collect(groupingBy(d -> d.contributionId)), published, paid);
        List<IatiActivity> activities = new ArrayList<>();
        activities.add(FundActivity.of(publisher, records, now.toLocalDate()));
        for (SeedGrant grant : published) {
            activities.add(GrantActivity.of(publisher, grant, paid.getOrDefault(grant.id, List.of()), this::objectiveTitle));
        }
        return new IatiActivities(now, publisher.organisation(), activities);
    }

    private String objectiveTitle(int number) {
        return reference.objective(number).map(Objective::title).orElse("Objective " + number);
    }
}
