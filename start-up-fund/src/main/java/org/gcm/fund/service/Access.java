package org.gcm.fund.service;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.gcm.caller.Caller;
import org.gcm.fund.domain.Roles;
import org.gcm.problem.ProblemException;

/**
 * What the caller may reach beyond its role: a donor only its own contributor's data, a member state only its own
 * country's grants. Anything else answers 404, as if it did not exist.
 */
@RequestScoped
public class Access {

    @Inject
    Caller caller;

    private boolean system;

    /** For start-up work (demo data) that runs without a caller, inside an activated request context. */
    public void actAsSystem() {
        system = true;
    }

    /** Fund managers and the steering committee see every contributor. */
    public boolean seesAllContributors() {
        return system || caller.hasRole(Roles.FUND_MANAGER) || caller.hasRole(Roles.STEERING_COMMITTEE);
    }

    /** The contributor a donor acts for; empty for callers who see all contributors. */
    public Optional<String> contributorScope() {
        if (seesAllContributors()) {
            return Optional.empty();
        }
        return Optional.of(caller.contributorId().orElseThrow(() -> new ProblemException(403,
                "/problems/forbidden", "Forbidden", "A donor's token must carry the claim contributor_id.",
                java.util.List.of())));
    }

    /** Refuses, as not found, a contributor the caller does not act for. */
    public void requireContributor(String contributorId, String what) {
        contributorScope().filter(own -> !own.equals(contributorId))
                .ifPresent(own -> {
                    throw ProblemException.notFound(what + " does not exist.");
                });
    }

    /** The country a member state may see grants of; empty for the fund's managers and committee. */
    public Optional<String> countryScope() {
        if (seesAllContributors()) {
            return Optional.empty();
        }
        return Optional.of(caller.country().orElse("-"));
    }

    public void requireCountry(String country, String what) {
        countryScope().filter(own -> !own.equals(country))
                .ifPresent(own -> {
                    throw ProblemException.notFound(what + " does not exist.");
                });
    }

    public String who() {
        return system ? "system" : caller.subject();
    }

    /** The caller's highest fund role, for the record of who did what. */
    public String role() {
        if (system) {
            return "system";
        }
        for (String role : new String[] { Roles.STEERING_COMMITTEE, Roles.FUND_MANAGER, Roles.DONOR, Roles.MEMBER_STATE }) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return "signed-in";
    }
}
