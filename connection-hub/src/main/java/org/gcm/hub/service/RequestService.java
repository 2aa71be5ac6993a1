package org.gcm.hub.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.gcm.caller.Caller;
import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.domain.RequestTransition;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.RequestTransitionRepository;
import org.gcm.hub.rest.FocalPointInput;
import org.gcm.hub.rest.RequestInput;
import org.gcm.writeguards.concurrency.EntityTags;
import org.jboss.logging.Logger;

/** A Member State's side of a request: create, edit, submit, withdraw; and reading with the caller's scope. */
@ApplicationScoped
public class RequestService {

    private static final Logger LOG = Logger.getLogger(RequestService.class);

    @Inject
    CountryRequestRepository requests;

    @Inject
    RequestTransitionRepository history;

    @Inject
    RequestAccess access;

    @Inject
    RequestRules rules;

    @Inject
    Lifecycle lifecycle;

    @Inject
    Actors actors;

    @Inject
    Caller caller;

    @Inject
    HubConfig config;

    @Inject
    EngagementService engagements;

    @Transactional
    public CountryRequest create(RequestInput input) {
        rules.check(input);
        requireOwnCountry(input.country());
        CountryRequest request = new CountryRequest();
        request.id = UUID.randomUUID();
        request.status = RequestStatus.DRAFT;
        request.createdBy = caller.subject();
        request.createdAt = Lifecycle.now();
        fill(request, input);
        requests.persist(request);
        lifecycle.created(request, actors.current());
        LOG.infof("Request %s created as DRAFT for %s", request.id, request.country);
        return request;
    }

    @Transactional
    public CountryRequest edit(String id, String ifMatch, RequestInput input) {
        CountryRequest request = access.forChange(id);
        EntityTags.requireMatch(ifMatch, request.version, "request " + id);
        rules.check(input);
        if (!input.country().equals(request.country)) {
            throw org.gcm.problem.ProblemException.invalidField("country", "unchanged",
                    "cannot change; it is " + request.country);
        }
        if (!request.editable()) {
            throw org.gcm.problem.ProblemException.stateConflict("Request " + id + " is " + request.status
                    + "; it can be edited only when it is [DRAFT, INFORMATION_REQUESTED].");
        }
        fill(request, input);
        return request;
    }

    @Transactional
    public CountryRequest submit(String id, String ifMatch, String comment) {
        return move(id, ifMatch, RequestAction.SUBMIT, comment);
    }

    @Transactional
    public CountryRequest withdraw(String id, String ifMatch, String reason) {
        CountryRequest request = move(id, ifMatch, RequestAction.WITHDRAW, reason);
        engagements.closeAll(request);
        return request;
    }

    /** Checks the version, moves the request and records who did it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CountryRequest move(String id, String ifMatch, RequestAction action, String comment) {
        CountryRequest request = access.forChange(id);
        EntityTags.requireMatch(ifMatch, request.version, "request " + id);
        lifecycle.move(request, action, actors.current(), comment);
        return request;
    }

    public CountryRequest get(String id) {
        return access.visible(id);
    }

    public List<RequestTransition> history(String id) {
        CountryRequest request = access.visible(id);
        return history.of(request.id);
    }

    public CountryRequestRepository.Slice list(RequestStatus status, String country, Integer objective, Boolean overdue,
            int limit, int offset) {
        String scope = country;
        if (!caller.hasRole(Roles.SECRETARIAT)) {
            String own = caller.country().orElse("---");
            if (country != null && !country.equals(own)) {
                return new CountryRequestRepository.Slice(List.of(), 0);
            }
            scope = own;
        }
        return requests.list(new CountryRequestRepository.Filter(status, scope, objective, overdue, acknowledgeCutoff()),
                limit, offset);
    }

    /** Requests submitted before this instant and still not acknowledged are overdue. */
    public OffsetDateTime acknowledgeCutoff() {
        return Lifecycle.now().minusDays(config.serviceLevel().acknowledgeWithinDays());
    }

    private void requireOwnCountry(String country) {
        String own = caller.country().orElse(null);
        if (!country.equals(own)) {
            throw Refusals.forbidden("A member state creates requests for its own country only"
                    + (own == null ? "; the token names no country." : " (" + own + ")."));
        }
    }

    private static void fill(CountryRequest request, RequestInput input) {
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
        request.updatedAt = Lifecycle.now();
    }
}
