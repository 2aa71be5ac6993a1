package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One side of a movement, on one account of one pool, in US dollars. Never changed nor deleted. */
@Entity
@jakarta.persistence.Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "transaction_id")
    public UUID transactionId;

    public String pool;

    @Enumerated(EnumType.STRING)
    public Account account;

    public BigDecimal debit = BigDecimal.ZERO;

    public BigDecimal credit = BigDecimal.ZERO;
}
