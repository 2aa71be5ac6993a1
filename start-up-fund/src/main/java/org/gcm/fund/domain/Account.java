package org.gcm.fund.domain;

/**
 * The accounts of the fund's books, each kept per pool. Assets (available, reserved) and uses grow with debits;
 * sources, and refunds received back from implementing organisations, grow with credits. Each account is one
 * column of the pool's balance row.
 */
public enum Account {
    /** Cash in the pool that no grant has reserved: what an approval may draw on. */
    AVAILABLE("available", true),
    /** Cash reserved for approved grants, not yet transferred. */
    RESERVED("reserved", true),
    /** Source: contributions deposited. */
    CONTRIBUTIONS("contributions", false),
    /** Source: interest earned by the fund. */
    INTEREST("interest", false),
    /** Use: transfers to implementing organisations. */
    TRANSFERS("transfers", true),
    /** Unspent money returned by implementing organisations at closure (a negative use). */
    REFUNDS("refunds", false),
    /** Use: the administrative agent's fee on deposits. */
    ADMINISTRATIVE_AGENT_FEES("administrative_agent_fees", true),
    /** Use: indirect cost charged on transfers. */
    INDIRECT_COSTS("indirect_costs", true);

    private final String column;
    private final boolean debitNormal;

    Account(String column, boolean debitNormal) {
        this.column = column;
        this.debitNormal = debitNormal;
    }

    /** The column of {@code pool_balance} that sums this account. */
    public String column() {
        return column;
    }

    /** Whether a debit raises this account's balance. */
    public boolean debitNormal() {
        return debitNormal;
    }
}
