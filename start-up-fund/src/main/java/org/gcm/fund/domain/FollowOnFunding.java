package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Funding a project mobilised after its seed grant (USD): the numerator of the fund's leverage. */
@Entity
@Table(name = "follow_on_funding")
public class FollowOnFunding {

    @Id
    public UUID id;

    @Column(name = "grant_id")
    public UUID grantId;

    public String source;

    public BigDecimal amount;

    @Column(name = "secured_on")
    public LocalDate securedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
