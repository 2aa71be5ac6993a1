package org.gcm.fund.contributions;

import static java.util.Map.entry;
import static org.gcm.fund.domain.ContributionStatus.CANCELLED;
import static org.gcm.fund.domain.ContributionStatus.COMMITTED;
import static org.gcm.fund.domain.ContributionStatus.DEPOSITED;
import static org.gcm.fund.domain.ContributionStatus.PLEDGED;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gcm.fund.domain.Contribution;
import org.gcm.fund.domain.ContributionAction;
import org.gcm.fund.domain.ContributionStatus;
import org.gcm.fund.support.LifecycleTable;
import org.junit.jupiter.api.Test;

/** PLEDGED -> COMMITTED -> DEPOSITED, or CANCELLED before any cash; without Quarkus. */
class ContributionLifecycleTableTest {

    @Test
    void theActionsAreTheContributionLifecycle() {
        LifecycleTable<Contribution, ContributionStatus, ContributionAction> table = new LifecycleTable<>(() -> {
            Contribution contribution = new Contribution();
            contribution.id = UUID.randomUUID();
            return contribution;
        }, (contribution, status) -> contribution.status = status, ContributionStatus.class, ContributionAction.class);
        table.assertIs(Map.ofEntries(
                entry(ContributionAction.COMMIT, Map.entry(Set.of(PLEDGED), COMMITTED)),
                entry(ContributionAction.DEPOSIT, Map.entry(Set.of(COMMITTED, DEPOSITED), DEPOSITED)),
                entry(ContributionAction.CANCEL, Map.entry(Set.of(PLEDGED, COMMITTED), CANCELLED))));
        table.assertCreationRecorded(PLEDGED);
    }
}
