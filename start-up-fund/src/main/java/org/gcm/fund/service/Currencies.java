package org.gcm.fund.service;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import org.gcm.reference.Currency;
import org.gcm.reference.ReferenceData;

/**
 * The currencies money may be given in (ISO 4217, the one list of gcm-reference-data) and how many decimals an
 * amount may have in each: never more than the books' two.
 */
@ApplicationScoped
public class Currencies {

    public static final String NOT_A_CURRENCY = "must be an ISO 4217 currency code such as EUR (not XXX, XTS or a metal)";

    private final ReferenceData reference;

    public Currencies(ReferenceData reference) {
        this.reference = reference;
    }

    public boolean known(String code) {
        return reference.isCurrency(code);
    }

    /** Decimals the currency allows (0 for JPY, 2 for EUR and, in these books, for KWD too). */
    public int decimals(String currency) {
        return Math.min(2, reference.currency(currency).map(Currency::minorUnits).orElse(2));
    }

    /** Whether {@code amount} has no more decimals than {@code currency} allows; unknown currencies are judged elsewhere. */
    public boolean fitsMinorUnits(BigDecimal amount, String currency) {
        return !known(currency) || amount.stripTrailingZeros().scale() <= decimals(currency);
    }

    /** What {@link #fitsMinorUnits} refuses, in words (empty for an unknown currency, which it never refuses). */
    public String minorUnits(String currency) {
        return known(currency) ? "must have at most " + decimals(currency) + " decimals in " + currency : "";
    }
}
