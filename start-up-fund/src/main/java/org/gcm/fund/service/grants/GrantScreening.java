package org.gcm.fund.service.grants;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.GrantAction;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.ScreeningResult;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantCommands.Markers;
import org.gcm.refusals.StateConflict;
import org.gcm.writeguards.concurrency.EntityTags;

/** A received application against the fund's rules: its markers, then the screening that passes or rejects it. */
@ApplicationScoped
public class GrantScreening {

    private final GrantApplications applications;
    private final GrantDecisions decisions;
    private final GrantLifecycle lifecycle;
    private final FundConfig config;
    private final FundAccess access;

    GrantScreening(GrantApplications applications, GrantDecisions decisions, GrantLifecycle lifecycle, FundConfig config,
            FundAccess access) {
        this.applications = applications;
        this.decisions = decisions;
        this.lifecycle = lifecycle;
        this.config = config;
        this.access = access;
    }

    /** Sets the gender and human-rights markers, which the hub's request does not carry; RECEIVED only. */
    @Transactional
    public SeedGrant mark(UUID id, String ifMatch, Markers body) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        if (grant.status != GrantStatus.RECEIVED) {
            throw new StateConflict(grant.describe() + " is " + grant.status
                    + "; its markers are set only while it is RECEIVED.");
        }
        grant.genderMarker = body.genderMarker();
        grant.humanRightsMarker = body.humanRightsMarker();
        grant.screening = Screening.screen(grant, config.screening());
        lifecycle.note(grant, "set-markers", access.actor(),
                "gender " + body.genderMarker() + ", human rights " + body.humanRightsMarker());
        return grant;
    }

    /**
     * Screens against the rules: all pass -> SCREENED; any fails -> REJECTED with the failed rules named, and the hub
     * is told (GrantRejected).
     */
    @Transactional
    public SeedGrant screen(UUID id, String ifMatch) {
        SeedGrant grant = applications.get(id);
        EntityTags.requireMatch(ifMatch, grant.version, "grant " + id);
        lifecycle.requireAllowed(grant, GrantAction.SCREEN);
        ScreeningResult result = Screening.screen(grant, config.screening());
        grant.screening = result;
        if (result.passed()) {
            lifecycle.move(grant, GrantAction.SCREEN, access.actor(), null);
        } else {
            decisions.reject(grant, GrantAction.REJECT_AT_SCREENING, "Screening failed: " + String.join("; ",
                    result.failed().stream().map(rule -> rule.rule() + " (" + rule.message() + ")").toList()));
        }
        return grant;
    }
}
