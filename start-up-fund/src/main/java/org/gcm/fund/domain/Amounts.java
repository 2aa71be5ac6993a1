package org.gcm.fund.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/** Cents arithmetic for the books, which are kept in US dollars. */
public final class Amounts {

    public static final String USD = "USD";

    private Amounts() {
    }

    /** {@code amount × rate}, rounded half-up to cents. */
    public static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
        return cents(amount.multiply(rate));
    }

    /** The US dollar value of {@code amount} at {@code rate} (US dollars per unit), rounded half-up to cents. */
    public static BigDecimal usd(BigDecimal amount, BigDecimal rate) {
        return cents(amount.multiply(rate));
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The sum of one amount of each item. */
    public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the books' numeric(19,2) holds {@code amount}: at most 17 digits before the point. */
    public static boolean fitsBooks(BigDecimal amount) {
        return amount.precision() - amount.scale() <= 17;
    }

    public static boolean positive(BigDecimal amount) {
        return amount.signum() > 0;
    }

    /** {@code part ÷ whole} with two decimals, half-up; 0.00 when there is no whole. */
    public static String ratio(BigDecimal part, BigDecimal whole) {
        return (whole.signum() == 0 ? BigDecimal.ZERO.setScale(2) : part.divide(whole, 2, RoundingMode.HALF_UP))
                .toPlainString();
    }
}
