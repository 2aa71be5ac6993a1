package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One payment of a grant's disbursement schedule (USD). */
@Entity
public class Tranche {

    @Id
    public UUID id;

    @Column(name = "grant_id")
    public UUID grantId;

    /** 1, 2, 3, ... in the schedule. */
    public int number;

    public BigDecimal amount;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    @Enumerated(EnumType.STRING)
    public TrancheStatus status;

    /** Indirect cost charged with this tranche, once disbursed. */
    @Column(name = "indirect_cost")
    public BigDecimal indirectCost;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @Column(name = "disbursed_by")
    public String disbursedBy;

    @Version
    public long version;
}
