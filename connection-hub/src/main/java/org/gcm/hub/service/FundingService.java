package org.gcm.hub.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.FundingRequested;
import org.gcm.events.contract.payload.ImplementingOrganisation;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.RequestCompleted;
import org.gcm.events.outbox.Outbox;
import org.gcm.hub.domain.CoFundingLine;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.Engagement;
import org.gcm.hub.domain.Partner;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.repository.PartnerRepository;
import org.gcm.refusals.InvalidInput;

/**
 * Funding (para 43 (a)(v)), the hub's side: the secretariat asks the start-up fund for seed funding
 * (FundingRequested), and the requester marks the implementation completed (RequestCompleted). The fund's answers
 * come back as events ({@link GrantAnswers}).
 */
@ApplicationScoped
public class FundingService {

    private final RequestService requests;
    private final EngagementService engagements;
    private final PartnerRepository partners;
    private final Outbox outbox;
    private final RequestRules rules;

    public FundingService(RequestService requests, EngagementService engagements, PartnerRepository partners,
            Outbox outbox, RequestRules rules) {
        this.requests = requests;
        this.engagements = engagements;
        this.partners = partners;
        this.outbox = outbox;
        this.rules = rules;
    }

    @Transactional
    public CountryRequest requestFunding(String id, String ifMatch, FundingInput input) {
        InvalidInput.Checks checks = InvalidInput.check();
        rules.money("requestedAmount", input.requestedAmount(), checks);
        List<FundingInput.CoFundingInput> coFunding = input.coFunding() == null ? List.of() : input.coFunding();
        for (int i = 0; i < coFunding.size(); i++) {
            rules.money("coFunding[" + i + "].amount", coFunding.get(i).amount(), checks);
        }
        checks.orRefuse();
        CountryRequest request = requests.move(id, ifMatch, RequestAction.REQUEST_FUNDING, input.comment());
        request.requestedAmount = input.requestedAmount().value();
        request.requestedCurrency = input.requestedAmount().currency();
        request.coFunding = coFunding.stream()
                .map(c -> new CoFundingLine(c.source().strip(), c.amount().value(), c.amount().currency())).toList();
        // Asking again after a rejection starts from a clean answer.
        request.grantId = null;
        request.approvedAmount = null;
        request.approvedCurrency = null;
        request.fundingDecision = null;
        outbox.append(request.id.toString(), new FundingRequested(request.id.toString(), request.country,
                request.authorityLevel, request.title, request.description, request.objectives,
                Money.of(request.requestedAmount, request.requestedCurrency),
                Money.of(request.budgetAmount, request.budgetCurrency),
                request.coFunding.stream()
                        .map(c -> new FundingRequested.CoFunding(c.source(), Money.of(c.amount(), c.currency()))).toList(),
                request.startDate, request.endDate, organisations(request.id)));
        return request;
    }

    /** The requester closes the implementation; the partners' capacity is released and their track record grows. */
    @Transactional
    public CountryRequest complete(String id, String ifMatch, String comment) {
        CountryRequest request = requests.move(id, ifMatch, RequestAction.COMPLETE, comment);
        request.completedOn = LocalDate.now(ZoneOffset.UTC);
        List<ImplementingOrganisation> organisations = organisations(request.id);
        engagements.closeAll(request);
        outbox.append(request.id.toString(), new RequestCompleted(request.id.toString(), request.country,
                request.authorityLevel, request.title, request.description, request.objectives,
                request.guidingPrinciples, request.supportTypes, organisations, request.grantId, request.completedOn));
        return request;
    }

    /** The organisations of the agreed arrangement, lead first, as the events name them. */
    private List<ImplementingOrganisation> organisations(UUID requestId) {
        return engagements.agreed(requestId).stream().map(this::organisation).toList();
    }

    private ImplementingOrganisation organisation(Engagement engagement) {
        Partner partner = partners.findById(engagement.partnerId);
        return new ImplementingOrganisation(partner.id, partner.name, engagement.role.inEvents());
    }
}
