package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cents arithmetic for the books. */
public final class Amounts {

    public static final String USD = "USD";

    private Amounts() {
    }

    /** {@code amount × rate}, rounded half-up to cents. */
    public static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return cents(amount.multiply(rate));
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The sum of one amount of each item. */
    public static <T> BigDecimal sum(java.util.Collection<T> items, java.util.function.Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static boolean positive(BigDecimal amount) {
        return amount.signum() > 0;
    }
}
