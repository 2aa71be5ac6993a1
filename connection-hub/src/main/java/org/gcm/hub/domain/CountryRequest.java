package org.gcm.hub.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gcm.events.contract.payload.AuthorityLevel;
import org.gcm.events.contract.payload.SupportType;
import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Stateful;
import org.gcm.refusals.StateConflict;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Member State's request for capacity-building support (para 43 (a)). It moves only through
 * {@code service/RequestLifecycle}, by the actions of {@link RequestAction}.
 */
@Entity
@Table(name = "country_request")
public class CountryRequest implements Stateful<RequestStatus> {

    @Id
    public UUID id;

    public String title;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level")
    public AuthorityLevel authorityLevel;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> objectives;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "guiding_principles")
    public List<String> guidingPrinciples;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "support_types")
    public List<SupportType> supportTypes;

    /** ISO 639-1 codes of the languages the work would be done in. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> languages;

    @Column(name = "budget_amount", precision = 19, scale = 2)
    public BigDecimal budgetAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "budget_currency", length = 3)
    public String budgetCurrency;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focal_points")
    public List<FocalPoint> focalPoints;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "assessment_started_at")
    public OffsetDateTime assessmentStartedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Assessment assessment;

    /** When funding was last requested: the fund's answer is expected within {@code hub.funding.*}. */
    @Column(name = "funding_requested_at")
    public OffsetDateTime fundingRequestedAt;

    @Column(name = "requested_amount", precision = 19, scale = 2)
    public BigDecimal requestedAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "requested_currency", length = 3)
    public String requestedCurrency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_funding")
    public List<CoFundingLine> coFunding;

    @Column(name = "grant_id")
    public String grantId;

    @Column(name = "approved_amount", precision = 19, scale = 2)
    public BigDecimal approvedAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "approved_currency", length = 3)
    public String approvedCurrency;

    /** What the fund said: approved in principle, or why it rejected. */
    @Column(name = "funding_decision")
    public String fundingDecision;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** When the secretariat erased the personal data of the closed request; {@code null} while it is kept. */
    @Column(name = "personal_data_erased_at")
    public OffsetDateTime personalDataErasedAt;

    @Version
    public long version;

    @Override
    public RequestStatus status() {
        return status;
    }

    /** Enters the state the lifecycle allowed, and keeps when the request was submitted and acknowledged. */
    @Override
    public void enter(Action<RequestStatus> action, OffsetDateTime at) {
        status = action.to();
        updatedAt = at;
        if (action == RequestAction.SUBMIT) {
            submittedAt = at;
        } else if (action == RequestAction.START_ASSESSMENT) {
            assessmentStartedAt = at;
        } else if (action == RequestAction.REQUEST_FUNDING) {
            fundingRequestedAt = at;
        }
    }

    @Override
    public String describe() {
        return "Request " + id;
    }

    /** Whether the request has reached an end it cannot leave: only then may its personal data be erased. */
    public boolean isClosed() {
        return status.isTerminal();
    }

    /** The requester may change the content only while it is a draft or information was asked for. */
    public void requireEditable() {
        if (status != RequestStatus.DRAFT && status != RequestStatus.INFORMATION_REQUESTED) {
            throw new StateConflict(describe() + " is " + status
                    + "; it can be edited only when it is [DRAFT, INFORMATION_REQUESTED].");
        }
    }
}
