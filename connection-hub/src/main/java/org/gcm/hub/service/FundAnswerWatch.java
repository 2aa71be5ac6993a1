package org.gcm.hub.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.hub.config.HubConfig;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.repository.CountryRequestRepository;
import org.gcm.paging.Page;
import org.gcm.paging.Paging;

/**
 * Requests that have waited in FUNDING_REQUESTED longer than {@code hub.funding.answer-expected-within}: the fund
 * answers with an event, and an event that died would otherwise leave the request there forever, unseen.
 */
@ApplicationScoped
public class FundAnswerWatch {

    /** A request still waiting for the fund's answer, and since when. */
    @Schema(name = "AwaitingFundAnswer")
    public record Awaiting(UUID requestId, String title, String country, MoneyInput requestedAmount,
            @Schema(description = "when funding was requested") OffsetDateTime fundingRequestedAt,
            @Schema(description = "when the fund's answer was expected at the latest") OffsetDateTime answerExpectedBy) {
    }

    private final CountryRequestRepository requests;
    private final HubConfig config;

    public FundAnswerWatch(CountryRequestRepository requests, HubConfig config) {
        this.requests = requests;
        this.config = config;
    }

    /** The overdue ones, longest waiting first. */
    public Page<Awaiting> overdue(Paging paging) {
        Duration within = config.funding().answerExpectedWithin();
        return requests.awaitingFundAnswer(OffsetDateTime.now(ZoneOffset.UTC).minus(within), paging)
                .map(request -> awaiting(request, within));
    }

    private static Awaiting awaiting(CountryRequest r, Duration within) {
        return new Awaiting(r.id, r.title, r.country, MoneyInput.of(r.requestedAmount, r.requestedCurrency),
                r.fundingRequestedAt, r.fundingRequestedAt.plus(within));
    }
}
