package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The part of a grant's reservation drawn from one pool; tranches use it, closure returns what is left to it. */
@Entity
@Table(name = "grant_allocation")
public class GrantAllocation {

    @Id
    public UUID id;

    @Column(name = "grant_id")
    public UUID grantId;

    /** Order in which the pools were drawn: earmarked first, unearmarked last. */
    public int position;

    public String pool;

    public BigDecimal reserved;

    public BigDecimal transferred = BigDecimal.ZERO;

    @Column(name = "indirect_cost")
    public BigDecimal indirectCost = BigDecimal.ZERO;

    public BigDecimal released = BigDecimal.ZERO;

    public BigDecimal refunded = BigDecimal.ZERO;

    /** Still reserved in this pool for the grant. */
    public BigDecimal remaining() {
        return reserved.subtract(transferred).subtract(indirectCost).subtract(released);
    }
}
