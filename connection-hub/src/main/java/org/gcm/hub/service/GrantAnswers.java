package org.gcm.hub.service;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.gcm.events.contract.payload.GrantApproved;
import org.gcm.events.contract.payload.GrantPipelined;
import org.gcm.events.contract.payload.GrantRejected;
import org.gcm.events.contract.payload.Money;
import org.gcm.events.contract.payload.TrancheDisbursed;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestAction;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.lifecycle.Actor;
import org.jboss.logging.Logger;

/**
 * Funding (para 43 (a)(v)), the fund's answers (topic fund.grants) move the requests they concern: pipelined,
 * approved or rejected, and the first tranche starts the implementation. Recorded with role {@code system}. An
 * answer that does not fit the request's state is noted in its history and changes nothing.
 */
@ApplicationScoped
public class GrantAnswers {

    private static final Logger LOG = Logger.getLogger(GrantAnswers.class);
    static final Actor FUND = Actor.system("start-up-fund");

    private final CountryRequestRepository requests;
    private final RequestLifecycle lifecycle;

    public GrantAnswers(CountryRequestRepository requests, RequestLifecycle lifecycle) {
        this.requests = requests;
        this.lifecycle = lifecycle;
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
        CountryRequest request = RequestAccess.parse(requestId).map(requests::forChange).orElse(null);
        if (request == null) {
            LOG.warnf("Ignoring a grant event for unknown request %s", requestId);
        }
        return request;
    }

    private static String amount(Money money) {
        return money.amount() + " " + money.currency();
    }
}
