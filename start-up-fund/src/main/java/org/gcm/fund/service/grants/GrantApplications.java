package org.gcm.fund.service.grants;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.fund.config.FundConfig;
import org.gcm.fund.domain.Amounts;
import org.gcm.fund.domain.CoFunding;
import org.gcm.fund.domain.GrantAllocation;
import org.gcm.fund.domain.GrantStatus;
import org.gcm.fund.domain.GrantTransition;
import org.gcm.fund.domain.ImplementingOrganisation;
import org.gcm.fund.domain.SeedGrant;
import org.gcm.fund.repository.GrantAllocationRepository;
import org.gcm.fund.repository.GrantTransitionRepository;
import org.gcm.fund.repository.SeedGrantRepository;
import org.gcm.fund.service.FundAccess;
import org.gcm.fund.service.grants.GrantCommands.NewGrant;
import org.gcm.lifecycle.Actor;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.refusals.NotFound;
import org.jboss.logging.Logger;

/** Seed-grant applications: opened from the hub's funding requests or by a fund manager, and read within scope. */
@ApplicationScoped
public class GrantApplications {

    private static final Logger LOG = Logger.getLogger(GrantApplications.class);

    /** The service whose FundingRequested opens applications, as the history names it. */
    static final String HUB = "connection-hub";

    private final SeedGrantRepository grants;
    private final GrantAllocationRepository allocations;
    private final GrantTransitionRepository history;
    private final GrantLifecycle lifecycle;
    private final ApplicationRules rules;
    private final FundConfig config;
    private final FundAccess access;

    GrantApplications(SeedGrantRepository grants, GrantAllocationRepository allocations, GrantTransitionRepository history,
            GrantLifecycle lifecycle, ApplicationRules rules, FundConfig config, FundAccess access) {
        this.grants = grants;
        this.allocations = allocations;
        this.history = history;
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.config = config;
        this.access = access;
    }

    /** Opens the application a hub's funding request asks for (RECEIVED), with a first look at the rules. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SeedGrant open(FundingRequested request, String eventId) {
        SeedGrant grant = new SeedGrant();
        grant.sourceEventId = eventId;
        grant.requestId = request.requestId();
        grant.requestingCountry = request.requestingCountry();
        grant.authorityLevel = request.authorityLevel().name();
        grant.title = request.title();
        grant.description = request.description();
        grant.objectives = List.copyOf(request.objectives());
        grant.requestedAmount = request.requestedAmount().toBigDecimal();
        grant.requestedCurrency = request.requestedAmount().currency();
        grant.estimatedBudget = request.estimatedBudget().toBigDecimal();
        grant.estimatedBudgetCurrency = request.estimatedBudget().currency();
        grant.coFunding = request.coFunding().stream()
                .map(c -> new CoFunding(c.source(), c.amount().toBigDecimal(), c.amount().currency())).toList();
        grant.startDate = request.startDate();
        grant.endDate = request.endDate();
        grant.implementingOrganisations = request.implementingOrganisations().stream()
                .map(o -> new ImplementingOrganisation(o.partnerId(), o.name(), o.role().name())).toList();
        return receive(grant, false, Actor.system(HUB));
    }

    /** A fund manager opens an application directly (when the hub cannot, or for a demo). */
    @Transactional
    public SeedGrant open(NewGrant body, boolean demo) {
        rules.check(body);
        SeedGrant grant = new SeedGrant();
        grant.requestId = body.requestId();
        grant.requestingCountry = body.requestingCountry();
        grant.authorityLevel = body.authorityLevel().name();
        grant.title = body.title().strip();
        grant.description = body.description().strip();
        grant.objectives = List.copyOf(body.objectives());
        grant.requestedAmount = Amounts.cents(body.requestedAmount().value());
        grant.requestedCurrency = Amounts.USD;
        grant.estimatedBudget = Amounts.cents(body.estimatedBudget().value());
        grant.estimatedBudgetCurrency = body.estimatedBudget().currency();
        grant.coFunding = body.coFunding() == null ? List.of() : body.coFunding().stream()
                .map(c -> new CoFunding(c.source(), c.amount().value(), c.amount().currency())).toList();
        grant.startDate = body.startDate();
        grant.endDate = body.endDate();
        grant.implementingOrganisations = body.implementingOrganisations().stream()
                .map(o -> new ImplementingOrganisation(o.partnerId(), o.name(), o.role().name())).toList();
        grant.genderMarker = body.genderMarker();
        grant.humanRightsMarker = body.humanRightsMarker();
        return receive(grant, demo, access.actor());
    }

    private SeedGrant receive(SeedGrant grant, boolean demo, Actor actor) {
        grant.id = UUID.randomUUID();
        grant.status = GrantStatus.RECEIVED;
        grant.demo = demo;
        grant.openedAt = lifecycle.now();
        grant.screening = Screening.screen(grant, config.screening());
        grants.persist(grant);
        lifecycle.created(grant, actor, grant.openedAt);
        LOG.infof("Grant %s RECEIVED for request %s (%s)", grant.id, grant.requestId, grant.requestingCountry);
        return grant;
    }

    /** The grant, if the caller may see it (a member state: its own country's); else not found. */
    public SeedGrant get(UUID id) {
        SeedGrant grant = grants.findById(id);
        if (grant == null) {
            throw NotFound.of("grant", id);
        }
        access.requireCountry(grant.requestingCountry, "grant", id);
        return grant;
    }

    /** Its history, oldest first, for whoever may read the grant. */
    public List<GrantTransition> history(UUID id) {
        return history.of(get(id).id);
    }

    /** Where the grant's money is reserved, pool by pool; for a grant the caller has already read. */
    public List<GrantAllocation> allocations(SeedGrant grant) {
        return allocations.of(grant.id);
    }

    /** Grants within the caller's scope: a member state naming another country finds none. */
    public Page<SeedGrant> list(GrantStatus status, String country, String requestId, Paging paging) {
        Optional<String> own = access.countryScope();
        if (own.isPresent() && country != null && !own.get().equals(country)) {
            return Page.empty();
        }
        return grants.page(new SeedGrantRepository.Filter(status, own.orElse(country), requestId), paging);
    }
}
