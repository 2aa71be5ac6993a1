package org.gcm.hub.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.RequestTransition;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.RequestTransitionRepository;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;
import org.gcm.refusals.Forbidden;
import org.gcm.refusals.InvalidInput;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/** A Member State's side of a request: create, edit, submit, withdraw; and reading with the caller's scope. */
@ApplicationScoped
public class RequestService {

    private static final Logger LOG = Logger.getLogger(RequestService.class);

    private final CountryRequestRepository requests;
    private final RequestTransitionRepository history;
    private final RequestAccess access;
    private final RequestRules rules;
    private final RequestLifecycle lifecycle;
    private final ServiceLevel serviceLevel;
    private final EngagementService engagements;
    private final Caller caller;

    public RequestService(CountryRequestRepository requests, RequestTransitionRepository history, RequestAccess access,
            RequestRules rules, RequestLifecycle lifecycle, ServiceLevel serviceLevel, EngagementService engagements,
            Caller caller) {
        this.requests = requests;
        this.history = history;
        this.access = access;
        this.rules = rules;
        this.lifecycle = lifecycle;
        this.serviceLevel = serviceLevel;
        this.engagements = engagements;
        this.caller = caller;
    }

    @Transactional
    public CountryRequest create(RequestInput input) {
        rules.check(input);
        requireOwnCountry(input.country());
        CountryRequest request = new CountryRequest();
        request.id = UUID.randomUUID();
        request.status = RequestStatus.DRAFT;
        request.createdBy = caller.subject();
        request.createdAt = lifecycle.now();
        fill(request, input);
        requests.persist(request);
        lifecycle.created(request, lifecycle.actor(), request.createdAt);
        LOG.infof("Request %s created as DRAFT for %s", request.id, request.country);
        return request;
    }

    @Transactional
    public CountryRequest edit(String id, String ifMatch, RequestInput input) {
        CountryRequest request = access.forChange(id);
        EntityTags.requireMatch(ifMatch, request.version, "request " + id);
        rules.check(input);
        if (!input.country().equals(request.country)) {
            throw InvalidInput.of("country", "unchanged", "cannot change; it is " + request.country);
        }
        request.requireEditable();
        fill(request, input);
        return request;
    }

    @Transactional
    public CountryRequest submit(String id, String ifMatch, String comment) {
        return move(id, ifMatch, RequestAction.SUBMIT, comment);
    }

    /** Ends the request before funding is asked for; the partners' capacity is released. */
    @Transactional
    public CountryRequest withdraw(String id, String ifMatch, String reason) {
        CountryRequest request = move(id, ifMatch, RequestAction.WITHDRAW, reason);
        engagements.closeAll(request);
        return request;
    }

    /** Checks the version, moves the request and records who did it: every caller's action goes through here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CountryRequest move(String id, String ifMatch, RequestAction action, String comment) {
        CountryRequest request = access.forChange(id);
        EntityTags.requireMatch(ifMatch, request.version, "request " + id);
        lifecycle.move(request, action, lifecycle.actor(), comment);
        return request;
    }

    public CountryRequest get(String id) {
        return access.visible(id);
    }

    public List<RequestTransition> history(String id) {
        return history.of(access.visible(id).id);
    }

    /** The secretariat lists every country's requests; a member state its own country's only. */
    public Page<CountryRequest> list(RequestStatus status, String country, Integer objective, Boolean overdue,
            Paging paging) {
        String scope = country;
        if (!access.seesAllCountries()) {
            String own = caller.country().orElse(null);
            if (own == null || (country != null && !country.equals(own))) {
                return Page.empty();
            }
            scope = own;
        }
        return requests.list(new CountryRequestRepository.Filter(status, scope, objective, overdue,
                serviceLevel.acknowledgeCutoff()), paging);
    }

    private void requireOwnCountry(String country) {
        String own = caller.country().orElse(null);
        if (!country.equals(own)) {
            throw new Forbidden("A member state creates requests for its own country only"
                    + (own == null ? "; the token names no country." : " (" + own + ")."));
        }
    }

    private void fill(CountryRequest request, RequestInput input) {
        request.title = input.title().strip();
        request.country = input.country();
        request.authorityLevel = input.authorityLevel();
        request.objectives = input.objectives().stream().sorted().toList();
        request.guidingPrinciples = input.guidingPrinciples() == null ? List.of() : List.copyOf(input.guidingPrinciples());
        request.supportTypes = List.copyOf(input.supportTypes());
        request.languages = input.languages() == null ? List.of() : List.copyOf(input.languages());
        request.description = input.description().strip();
        request.budgetAmount = input.estimatedBudget().value();
        request.budgetCurrency = input.estimatedBudget().currency();
        request.startDate = input.startDate();
        request.endDate = input.endDate();
        request.focalPoints = input.focalPoints().stream().map(FocalPointInput::toDomain).toList();
        request.updatedAt = lifecycle.now();
    }
}
