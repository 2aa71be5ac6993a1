package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One cash receipt against a contribution: original amount, the rate used, its US dollar value. Never changed. */
@Entity
public class Deposit {

    @Id
    public UUID id;

    @Column(name = "contribution_id")
    public UUID contributionId;

    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    /** US dollars per one unit of {@link #currency}. */
    @Column(name = "exchange_rate")
    public BigDecimal exchangeRate;

    @Column(name = "usd_value")
    public BigDecimal usdValue;

    @Column(name = "deposited_on")
    public LocalDate depositedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
