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

import org.gcm.problem.ProblemException;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A contribution in its original currency: pledged, committed by a signed agreement, deposited in receipts. */
@Entity
public class Contribution extends PanacheEntityBase {

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

    /** Moves to {@code target}, or refuses with 409 naming the current and the allowed states. */
    public void moveTo(ContributionStatus target) {
        if (!ContributionStatus.allowedBefore(target).contains(status)) {
            throw ProblemException.stateConflict("Contribution " + id + " is " + status + "; it can move to " + target
                    + " only from " + ContributionStatus.allowedBefore(target) + ".");
        }
        status = target;
    }
}
