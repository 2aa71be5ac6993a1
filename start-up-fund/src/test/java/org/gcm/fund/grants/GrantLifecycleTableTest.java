package org.gcm.fund.grants;

import static java.util.Map.entry;
import static org.gcm.fund.domain.GrantStatus.ACTIVE;
import static org.gcm.fund.domain.GrantStatus.APPROVED;
import static org.gcm.fund.domain.GrantStatus.CLOSED;
import static org.gcm.fund.domain.GrantStatus.PIPELINE;
import static org.gcm.fund.domain.GrantStatus.RECEIVED;
import static org.gcm.fund.domain.GrantStatus.REJECTED;
import static org.gcm.fund.domain.GrantStatus.SCREENED;
import static org.gcm.fund.domain.GrantStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.support.LifecycleTable;
import org.gcm.lifecycle.Actor;
import org.junit.jupiter.api.Test;

/** The seed-grant lifecycle of DESIGN.md section 3, move by move, without Quarkus. */
class GrantLifecycleTableTest {

    private final LifecycleTable<SeedGrant, GrantStatus, GrantAction> table = new LifecycleTable<>(GrantLifecycleTableTest::grant,
            (grant, status) -> grant.status = status, GrantStatus.class, GrantAction.class);

    @Test
    void theActionsAreTheLifecycleOfTheDesign() {
        table.assertIs(Map.ofEntries(
                entry(GrantAction.SCREEN, Map.entry(Set.of(RECEIVED), SCREENED)),
                entry(GrantAction.REJECT_AT_SCREENING, Map.entry(Set.of(RECEIVED), REJECTED)),
                entry(GrantAction.START_REVIEW, Map.entry(Set.of(SCREENED), UNDER_REVIEW)),
                entry(GrantAction.APPROVE, Map.entry(Set.of(UNDER_REVIEW), APPROVED)),
                entry(GrantAction.PIPELINE, Map.entry(Set.of(UNDER_REVIEW), PIPELINE)),
                entry(GrantAction.FUND_PIPELINED, Map.entry(Set.of(PIPELINE), APPROVED)),
                entry(GrantAction.REJECT, Map.entry(Set.of(UNDER_REVIEW, PIPELINE), REJECTED)),
                entry(GrantAction.DISBURSE, Map.entry(Set.of(APPROVED, ACTIVE), ACTIVE)),
                entry(GrantAction.CLOSE, Map.entry(Set.of(APPROVED, ACTIVE), CLOSED))));
        table.assertCreationRecorded(RECEIVED);
    }

    @Test
    void aGrantKeepsWhenItWasDecidedAndClosed() {
        LifecycleTable.InMemory<SeedGrant, GrantStatus, GrantAction> lifecycle = new LifecycleTable.InMemory<>();
        Actor committee = new Actor("steering-committee-1", "steering-committee");
        SeedGrant grant = grant();
        grant.status = RECEIVED;
        lifecycle.move(grant, GrantAction.SCREEN, committee, null);
        lifecycle.move(grant, GrantAction.START_REVIEW, committee, null);
        assertNull(grant.decidedAt);
        lifecycle.move(grant, GrantAction.PIPELINE, committee, null);
        assertNotNull(grant.decidedAt);
        lifecycle.move(grant, GrantAction.FUND_PIPELINED, Actor.system("start-up-fund"), "deposits cover it");
        lifecycle.move(grant, GrantAction.DISBURSE, committee, "tranche 1");
        lifecycle.move(grant, GrantAction.DISBURSE, committee, "tranche 2");
        assertNull(grant.closedAt);
        lifecycle.move(grant, GrantAction.CLOSE, committee, null);
        assertNotNull(grant.closedAt);
        assertEquals(CLOSED, grant.status());
        assertEquals(7, lifecycle.lines.size());
        assertEquals("system", lifecycle.lines.get(3).actor().role());
        assertEquals("fund-pipelined", lifecycle.lines.get(3).action());
    }

    private static SeedGrant grant() {
        SeedGrant grant = new SeedGrant();
        grant.id = UUID.randomUUID();
        return grant;
    }
}
