package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.gcm.lifecycle.Action;
import org.gcm.lifecycle.Stateful;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contribution in its original currency: pledged, committed by a signed agreement, deposited in receipts. Only the
 * contribution lifecycle ({@link ContributionAction}) changes its status.
 */
@Entity
public class Contribution implements Stateful<ContributionStatus> {

    @Id
    public UUID id;

    @Column(name = "contributor_id")
    public String contributorId;

    @Enumerated(EnumType.STRING)
    public ContributionStatus status;

    /** Pledged (then committed) amount, in {@link #currency}. */
    public BigDecimal amount;

    /** ISO 4217. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "earmark_kind")
    public EarmarkKind earmarkKind;

    @Column(name = "earmark_value")
    public String earmarkValue;

    /** The ledger pool the deposits go to (derived from the earmark). */
    public String pool;

    @Column(name = "pledged_on")
    public LocalDate pledgedOn;

    @Column(name = "agreement_reference")
    public String agreementReference;

    @Column(name = "committed_on")
    public LocalDate committedOn;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    /** Sum of the deposits, in the original currency. */
    @Column(name = "deposited_amount")
    public BigDecimal depositedAmount = BigDecimal.ZERO;

    /** Sum of the deposits' US dollar values at their rates. */
    @Column(name = "deposited_usd")
    public BigDecimal depositedUsd = BigDecimal.ZERO;

    public boolean demo;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public Earmark earmark() {
        return new Earmark(earmarkKind, earmarkValue);
    }

    @Override
    public ContributionStatus status() {
        return status;
    }

    @Override
    public void enter(Action<ContributionStatus> action, OffsetDateTime at) {
        status = action.to();
    }

    @Override
    public String describe() {
        return "Contribution " + id;
    }
}
