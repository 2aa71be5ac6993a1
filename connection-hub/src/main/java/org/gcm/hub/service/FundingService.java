package org.gcm.hub.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;
import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.gcm.events.outbox.Outbox;
import org.gcm.hub.domain.CoFundingLine;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.hub.rest.FundingInput;
import org.gcm.hub.service.Lifecycle.Actor;
import org.gcm.problem.FieldError;
import org.gcm.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Funding (para 43 (a)(v)): the secretariat asks the start-up fund for seed funding (FundingRequested), the
 * fund's answers move the request (GrantApproved, GrantPipelined, GrantRejected, TrancheDisbursed), and the
 * requester marks the implementation completed (RequestCompleted).
 */
@ApplicationScoped
public class FundingService {

    private static final Logger LOG = Logger.getLogger(FundingService.class);
    static final Actor FUND = new Actor("start-up-fund", Roles.SYSTEM);

    @Inject
    RequestService requestService;

    @Inject
    CountryRequestRepository requests;

    @Inject
    EngagementService engagements;

    @Inject
    PartnerRepository partners;

    @Inject
    Lifecycle lifecycle;

    @Inject
    Outbox outbox;

    @Transactional
    public CountryRequest requestFunding(String id, String ifMatch, FundingInput input) {
        List<FieldError> errors = new ArrayList<>();
        RequestRules.money("requestedAmount", input.requestedAmount(), errors);
        List<FundingInput.CoFundingInput> coFunding = input.coFunding() == null ? List.of() : input.coFunding();
        for (int i = 0; i < coFunding.size(); i++) {
            RequestRules.money("coFunding[" + i + "].amount", coFunding.get(i).amount(), errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        CountryRequest request = requestService.move(id, ifMatch, RequestAction.REQUEST_FUNDING, input.comment());
        request.requestedAmount = input.requestedAmount().value();
        request.requestedCurrency = input.requestedAmount().currency();
        request.coFunding = coFunding.stream()
                .map(c -> new CoFundingLine(c.source().strip(), c.amount().value(), c.amount().currency())).toList();
        request.grantId = null;
        request.approvedAmount = null;
        request.approvedCurrency = null;
        request.fundingDecision = null;
        outbox.append(Topics.HUB_REQUESTS, EventTypes.FUNDING_REQUESTED, request.id.toString(),
                new FundingRequested(request.id.toString(), request.country, request.authorityLevel, request.title,
                        request.description, request.objectives,
                        Money.of(request.requestedAmount, request.requestedCurrency),
                        Money.of(request.budgetAmount, request.budgetCurrency),
                        request.coFunding.stream().map(c -> new FundingRequested.CoFunding(c.source(),
                                Money.of(c.amount(), c.currency()))).toList(),
                        request.startDate, request.endDate, organisations(request.id)));
        return request;
    }

    @Transactional
    public CountryRequest complete(String id, String ifMatch, String comment) {
        CountryRequest request = requestService.move(id, ifMatch, RequestAction.COMPLETE, comment);
        request.completedOn = LocalDate.now(java.time.ZoneOffset.UTC);
        List<ImplementingOrganisation> organisations = organisations(request.id);
        engagements.closeAll(request);
        outbox.append(Topics.HUB_REQUESTS, EventTypes.REQUEST_COMPLETED, request.id.toString(),
                new RequestCompleted(request.id.toString(), request.country, request.authorityLevel, request.title,
                        request.description, request.objectives, request.guidingPrinciples, request.supportTypes,
                        organisations, request.grantId, request.completedOn));
        return request;
    }

    /** GrantPipelined: approved in principle, waiting for contributions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pipelined(GrantPipelined grant) {
        onGrant(grant.requestId(), RequestAction.PIPELINE_GRANT, "grant " + grant.grantId()
                + " approved in principle for " + amount(grant.approvedAmount()) + ", waiting for funds", request -> {
                    request.grantId = grant.grantId();
                    request.fundingDecision = "Approved in principle; waiting for contributions to cover "
                            + amount(grant.approvedAmount()) + ".";
                });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(GrantApproved grant) {
        onGrant(grant.requestId(), RequestAction.APPROVE_GRANT, "grant " + grant.grantId() + " approved: "
                + amount(grant.approvedAmount()), request -> {
                    request.grantId = grant.grantId();
                    request.approvedAmount = grant.approvedAmount().toBigDecimal();
                    request.approvedCurrency = grant.approvedAmount().currency();
                    request.fundingDecision = "Approved: " + amount(grant.approvedAmount()) + ".";
                });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(GrantRejected grant) {
        onGrant(grant.requestId(), RequestAction.REJECT_GRANT, "grant " + grant.grantId() + " rejected: "
                + grant.reason(), request -> {
                    request.grantId = grant.grantId();
                    request.fundingDecision = "Rejected: " + grant.reason();
                });
    }

    /** The first tranche starts the implementation; every tranche is added to the history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disbursed(TrancheDisbursed tranche) {
        CountryRequest request = find(tranche.requestId());
        if (request == null) {
            return;
        }
        String comment = "tranche " + tranche.trancheNumber() + " of grant " + tranche.grantId() + " disbursed on "
                + tranche.disbursedOn() + ": " + amount(tranche.amount()) + " (" + amount(tranche.disbursedToDate())
                + " to date)";
        if (RequestAction.START_IMPLEMENTATION.allowedFrom(request.status)) {
            lifecycle.move(request, RequestAction.START_IMPLEMENTATION, FUND, comment);
        } else {
            lifecycle.note(request, "tranche-disbursed", FUND, comment);
        }
    }

    private void onGrant(String requestId, RequestAction action, String comment, Consumer<CountryRequest> effect) {
        CountryRequest request = find(requestId);
        if (request == null) {
            return;
        }
        if (!action.allowedFrom(request.status)) {
            LOG.warnf("Ignoring %s for request %s: it is %s, not %s", action.label(), requestId, request.status,
                    action.from());
            lifecycle.note(request, action.label() + "-ignored", FUND, comment);
            return;
        }
        effect.accept(request);
        lifecycle.move(request, action, FUND, comment);
    }

    private CountryRequest find(String requestId) {
        CountryRequest request = RequestAccess.parse(requestId)
                .map(id -> requests.findById(id, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (request == null) {
            LOG.warnf("Ignoring a grant event for unknown request %s", requestId);
        }
        return request;
    }

    private List<ImplementingOrganisation> organisations(UUID requestId) {
        List<ImplementingOrganisation> organisations = new ArrayList<>();
        for (Engagement engagement : engagements.agreed(requestId)) {
            Partner partner = partners.findById(engagement.partnerId);
            organisations.add(new ImplementingOrganisation(partner.id, partner.name, engagement.role.inEvents()));
        }
        return organisations;
    }

    private static String amount(Money money) {
        return money.amount() + " " + money.currency();
    }
}
