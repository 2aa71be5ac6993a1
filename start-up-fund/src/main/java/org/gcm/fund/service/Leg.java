package org.gcm.fund.service;

import java.math.BigDecimal;

import org.gcm.fund.domain.Account;

/** One side of a movement: a debit or a credit of {@code amount} on one account of one pool. */
public record Leg(String pool, Account account, boolean debit, BigDecimal amount) {

    public static Leg debit(String pool, Account account, BigDecimal amount) {
        return new Leg(pool, account, true, amount);
    }

    public static Leg credit(String pool, Account account, BigDecimal amount) {
        return new Leg(pool, account, false, amount);
    }

    /** How this leg changes its account's balance. */
    BigDecimal delta() {
        return debit == account.debitNormal() ? amount : amount.negate();
    }
}
