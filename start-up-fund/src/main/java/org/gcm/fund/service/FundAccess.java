package org.gcm.fund.service;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.gcm.caller.Caller;
import org.gcm.caller.Roles;
import org.gcm.lifecycle.Actor;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.NotFound;

/**
 * What the caller may reach beyond its role, and who it is in the records: a donor reaches only its own
 * contributor's data, a member state only its own country's grants; anything else is not found, as if it did not
 * exist. Fund managers and the steering committee reach everything.
 */
@RequestScoped
public class FundAccess {

    /** The name moves caused by the fund itself are recorded under. */
    public static final String SERVICE = "start-up-fund";

    private final Caller caller;

    private boolean system;

    FundAccess(Caller caller) {
        this.caller = caller;
    }

    /** For start-up work (demo data) that runs without a caller, inside an activated request context. */
    public void actAsSystem() {
        system = true;
    }

    /** Fund managers and the steering committee see every contributor and every grant. */
    public boolean seesEverything() {
        return system || caller.hasRole(Roles.FUND_MANAGER) || caller.hasRole(Roles.STEERING_COMMITTEE);
    }

    /** The contributor a donor acts for; empty for callers who see all contributors. */
    public Optional<String> contributorScope() {
        if (seesEverything()) {
            return Optional.empty();
        }
        return Optional.of(caller.contributorId()
                .orElseThrow(() -> new Forbidden("A donor's token must carry the claim contributor_id.")));
    }

    /** Refuses, as not found, data of a contributor the caller does not act for. */
    public void requireContributor(String contributorId, String what, Object id) {
        if (contributorScope().filter(own -> !own.equals(contributorId)).isPresent()) {
            throw NotFound.of(what, id);
        }
    }

    /** The country a member state may see grants of; empty for the fund's managers and committee. */
    public Optional<String> countryScope() {
        return seesEverything() ? Optional.empty() : Optional.of(caller.country().orElse("-"));
    }

    /** Refuses, as not found, a grant of another country than the member state's. */
    public void requireCountry(String country, String what, Object id) {
        if (countryScope().filter(own -> !own.equals(country)).isPresent()) {
            throw NotFound.of(what, id);
        }
    }

    /** Who acts, as the records keep it: the token's subject and its highest fund role, or the fund itself. */
    public Actor actor() {
        return system ? Actor.system(SERVICE)
                : new Actor(caller.subject(), caller.actingRole(Roles.STEERING_COMMITTEE, Roles.FUND_MANAGER, Roles.DONOR,
                        Roles.MEMBER_STATE));
    }
}
