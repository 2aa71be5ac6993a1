package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Stateful;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A seed-grant application, from the hub's funding request to the grant's closure. Amounts of the grant in USD. Only
 * the grant lifecycle ({@link GrantAction}) changes its status.
 */
@Entity
@Table(name = "seed_grant")
public class SeedGrant implements Stateful<GrantStatus> {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public String requestId;

    /** The FundingRequested event that opened it, if any (one application per event). */
    @Column(name = "source_event_id")
    public String sourceEventId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "requesting_country", length = 3)
    public String requestingCountry;

    @Column(name = "authority_level")
    public String authorityLevel;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Integer> objectives = new ArrayList<>();

    @Column(name = "requested_amount")
    public BigDecimal requestedAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "requested_currency", length = 3)
    public String requestedCurrency;

    @Column(name = "estimated_budget")
    public BigDecimal estimatedBudget;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "estimated_budget_currency", length = 3)
    public String estimatedBudgetCurrency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "co_funding")
    public List<CoFunding> coFunding = new ArrayList<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "implementing_organisations")
    public List<ImplementingOrganisation> implementingOrganisations = new ArrayList<>();

    /** OECD-DAC / IATI policy significance 0, 1 or 2. */
    @Column(name = "gender_marker")
    public Integer genderMarker;

    @Column(name = "human_rights_marker")
    public Integer humanRightsMarker;

    @Enumerated(EnumType.STRING)
    public GrantStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public ScreeningResult screening;

    /** The grant, transferred to the implementing organisations in tranches (USD). */
    @Column(name = "approved_amount")
    public BigDecimal approvedAmount;

    /** Indirect cost on top of the approved amount, reserved with it (USD). */
    @Column(name = "indirect_cost")
    public BigDecimal indirectCost;

    /** Position in the queue of approvals: pipelined grants are funded in this order. */
    @Column(name = "approval_order")
    public Long approvalOrder;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "final_expenditure")
    public BigDecimal finalExpenditure;

    @Column(name = "final_report")
    public String finalReport;

    /** Returned by the implementing organisations at closure. */
    public BigDecimal refunded;

    /** Reserved but never disbursed, released to the pools at closure. */
    public BigDecimal released;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public boolean demo;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Version
    public long version;

    @Override
    public GrantStatus status() {
        return status;
    }

    /** Enters the action's state and keeps when the decision or the closure took effect. */
    @Override
    public void enter(Action<GrantStatus> action, OffsetDateTime at) {
        status = action.to();
        if (action == GrantAction.CLOSE) {
            closedAt = at;
        } else if (action.to() == GrantStatus.APPROVED || action.to() == GrantStatus.PIPELINE
                || action.to() == GrantStatus.REJECTED) {
            decidedAt = at;
        }
    }

    @Override
    public String describe() {
        return "Grant " + id;
    }

    /** What the grant costs the fund: the approved amount and its indirect cost. */
    public BigDecimal totalCost() {
        return approvedAmount.add(indirectCost);
    }
}
