package org.gcm.fund.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** One money movement: a set of entries whose debits equal their credits (checked by the database at commit). */
@Entity
@jakarta.persistence.Table(name = "ledger_transaction")
public class LedgerTransaction {

    /** What kind of movement it is. */
    public enum Kind {
        DEPOSIT,
        INTEREST,
        RESERVATION,
        DISBURSEMENT,
        RELEASE,
        REFUND
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "value_date")
    public LocalDate valueDate;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "contribution_id")
    public UUID contributionId;

    @Column(name = "deposit_id")
    public UUID depositId;

    @Column(name = "grant_id")
    public UUID grantId;

    @Column(name = "tranche_number")
    public Integer trancheNumber;

    public String description;
}
