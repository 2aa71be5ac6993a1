package org.gcm.fund.domain;

import java.math.BigDecimal;

/** A pool's running totals, as its balance row holds them (US dollars). */
public record PoolBalance(String pool, BigDecimal contributions, BigDecimal interest, BigDecimal transfers,
        BigDecimal refunds, BigDecimal administrativeAgentFees, BigDecimal indirectCosts, BigDecimal available,
        BigDecimal reserved) {

    public Earmark earmark() {
        return Earmark.ofPool(pool);
    }
}
