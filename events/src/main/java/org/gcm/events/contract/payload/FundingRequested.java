package org.gcm.events.contract.payload;

import java.time.LocalDate;
import java.util.List;

import org.gcm.events.contract.EventContract;
import org.gcm.events.contract.EventTypes;
import org.gcm.events.contract.Topics;

/**
 * A country request asks the start-up fund for seed funding (DESIGN.md para 43 (a)(v)).
 * <p>
 * <b>Type</b> {@value org.gcm.events.contract.EventTypes#FUNDING_REQUESTED}, topic {@code hub.requests},
 * subject and record key = the request id.<br>
 * <b>Published by</b> the connection hub when the secretariat requests funding for a request whose
 * implementation is agreed (IMPLEMENTATION_AGREED -> FUNDING_REQUESTED).<br>
 * <b>Consumed by</b> the start-up fund, which opens a seed-grant application (RECEIVED) linked to
 * {@code requestId} and screens it against its rules (ceiling, duration, joint implementation, co-funding).
 * Its answer comes back as GrantApproved, GrantPipelined or GrantRejected. A second FundingRequested for the
 * same request (after a rejection, say) opens a new application.
 *
 * @param requestId the hub's id of the country request
 * @param requestingCountry ISO 3166-1 alpha-3 code of the requesting Member State
 * @param authorityLevel the level of government that made the request
 * @param title the request's title
 * @param description what the project will do
 * @param objectives the GCM objectives (1 to 23) the request addresses; at least one
 * @param requestedAmount the seed funding asked of the fund
 * @param estimatedBudget the whole project's estimated budget, seed funding and co-funding included
 * @param coFunding other funding declared for the project (may be empty)
 * @param startDate planned start, ISO 8601 date
 * @param endDate planned end, ISO 8601 date, not before {@code startDate}
 * @param implementingOrganisations the agreed arrangement: one lead and its partners; at least one
 */
@EventContract(type = EventTypes.FUNDING_REQUESTED, topic = Topics.HUB_REQUESTS)
public record FundingRequested(
        String requestId,
        String requestingCountry,
        AuthorityLevel authorityLevel,
        String title,
        String description,
        List<Integer> objectives,
        Money requestedAmount,
        Money estimatedBudget,
        List<CoFunding> coFunding,
        LocalDate startDate,
        LocalDate endDate,
        List<ImplementingOrganisation> implementingOrganisations) {

    public FundingRequested {
        Checks.id("FundingRequested.requestId", requestId);
        Checks.country("FundingRequested.requestingCountry", requestingCountry);
        Checks.required("FundingRequested.authorityLevel", authorityLevel);
        Checks.text("FundingRequested.title", title);
        Checks.text("FundingRequested.description", description);
        objectives = Checks.objectives("FundingRequested.objectives", objectives);
        Checks.required("FundingRequested.requestedAmount", requestedAmount);
        Checks.required("FundingRequested.estimatedBudget", estimatedBudget);
        coFunding = Checks.list("FundingRequested.coFunding", coFunding);
        Checks.required("FundingRequested.startDate", startDate);
        Checks.required("FundingRequested.endDate", endDate);
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("FundingRequested.endDate " + endDate + " is before startDate " + startDate);
        }
        implementingOrganisations = Checks.list("FundingRequested.implementingOrganisations", implementingOrganisations);
        if (implementingOrganisations.isEmpty()) {
            throw new IllegalArgumentException("FundingRequested.implementingOrganisations needs at least the lead");
        }
    }

    /**
     * Funding for the project from another source, declared by the requester (para 43 (b)(ii)); the fund
     * tracks it and reports the leverage.
     *
     * @param source who provides it (a government, a donor, an IFI, ...), as declared
     * @param amount how much
     */
    public record CoFunding(String source, Money amount) {

        public CoFunding {
            Checks.text("CoFunding.source", source);
            Checks.required("CoFunding.amount", amount);
        }
    }
}
