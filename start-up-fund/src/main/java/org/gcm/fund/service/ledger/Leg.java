package org.gcm.fund.service.ledger;

import java.math.BigDecimal;
import java.util.List;

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

    /** Refuses a movement with a negative leg, or whose debits do not equal its credits: a bug, never an input. */
    static void requireBalanced(List<Leg> legs, Object movement) {
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Leg leg : legs) {
            if (leg.amount().signum() < 0) {
                throw new IllegalArgumentException("A leg's amount is never negative: " + leg);
            }
            if (leg.debit()) {
                debits = debits.add(leg.amount());
            } else {
                credits = credits.add(leg.amount());
            }
        }
        if (debits.compareTo(credits) != 0) {
            throw new IllegalStateException("Unbalanced movement " + movement + ": debits " + debits + ", credits " + credits);
        }
    }
}
