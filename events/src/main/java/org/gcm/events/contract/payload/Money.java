package org.gcm.events.contract.payload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of money as every event carries it, the same shape as in the services' REST APIs (DESIGN.md
 * section 6): a decimal string with at most two decimals, never a floating-point number, and an ISO 4217
 * currency code. JSON: {@code {"amount": "250000.00", "currency": "USD"}}.
 *
 * @param amount decimal string, pattern {@code ^-?[0-9]+(\.[0-9]{1,2})?$}
 * @param currency ISO 4217 alphabetic code, pattern {@code ^[A-Z]{3}$}
 */
public record Money(String amount, String currency) {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Checks.matching("Money.amount", amount, AMOUNT, "a decimal string with at most two decimals");
        Checks.matching("Money.currency", currency, CURRENCY, "an ISO 4217 code such as USD");
    }

    /**
     * The amount with two decimals; refuses an amount that would need rounding (money is never rounded
     * silently).
     *
     * @throws ArithmeticException if {@code amount} has non-zero digits beyond the second decimal
     */
    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
    }

    /** The amount as a number, for arithmetic. */
    public BigDecimal toBigDecimal() {
        return new BigDecimal(amount);
    }
}
