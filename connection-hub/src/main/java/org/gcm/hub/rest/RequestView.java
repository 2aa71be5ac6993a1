package org.gcm.hub.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gcm.events.contract.payload.AuthorityLevel;
import org.gcm.events.contract.payload.SupportType;
import org.gcm.hub.domain.Assessment;
import org.gcm.hub.domain.CoFundingLine;
import org.gcm.hub.domain.CountryRequest;
import org.gcm.hub.domain.RequestStatus;
import org.gcm.hub.service.FocalPointInput;
import org.gcm.hub.service.MoneyInput;
import org.gcm.hub.service.ServiceLevel;

/** A country request as the API shows it. */
@Schema(name = "Request")
public record RequestView(
        UUID id,
        String title,
        String country,
        AuthorityLevel authorityLevel,
        List<Integer> objectives,
        List<String> guidingPrinciples,
        List<SupportType> supportTypes,
        List<String> languages,
        String description,
        MoneyInput estimatedBudget,
        LocalDate startDate,
        LocalDate endDate,
        List<FocalPointInput> focalPoints,
        RequestStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        @Schema(description = "when the assessment must start at the latest (service level)") OffsetDateTime acknowledgeBy,
        @Schema(description = "submitted and not acknowledged within the service level") boolean overdue,
        OffsetDateTime assessmentStartedAt,
        Assessment assessment,
        Funding funding,
        @Schema(description = "when the secretariat erased the personal data of the closed request; focal points and "
                + "people are then \"[erased]\"") OffsetDateTime personalDataErasedAt,
        long version) {

    /** What was asked of the start-up fund, and its answer. */
    @Schema(name = "RequestFunding")
    public record Funding(MoneyInput requestedAmount, @Schema(description = "when funding was last requested")
            OffsetDateTime requestedAt, List<CoFunding> coFunding, String grantId, MoneyInput approvedAmount,
            String decision) {
    }

    @Schema(name = "CoFunding")
    public record CoFunding(String source, MoneyInput amount) {
    }

    public static RequestView of(CountryRequest r, ServiceLevel.Due due) {
        Funding funding = r.requestedAmount == null ? null : new Funding(
                MoneyInput.of(r.requestedAmount, r.requestedCurrency), r.fundingRequestedAt,
                r.coFunding == null ? List.of() : r.coFunding.stream().map(RequestView::coFunding).toList(),
                r.grantId, MoneyInput.of(r.approvedAmount, r.approvedCurrency), r.fundingDecision);
        return new RequestView(r.id, r.title, r.country, r.authorityLevel, r.objectives, r.guidingPrinciples,
                r.supportTypes, r.languages, r.description, MoneyInput.of(r.budgetAmount, r.budgetCurrency),
                r.startDate, r.endDate, r.focalPoints.stream().map(FocalPointInput::of).toList(), r.status,
                r.createdAt, r.updatedAt, r.submittedAt, due.acknowledgeBy(), due.overdue(), r.assessmentStartedAt,
                r.assessment, funding, r.personalDataErasedAt, r.version);
    }

    private static CoFunding coFunding(CoFundingLine line) {
        return new CoFunding(line.source(), MoneyInput.of(line.amount(), line.currency()));
    }
}
