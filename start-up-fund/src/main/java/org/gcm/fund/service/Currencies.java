package org.gcm.fund.service;

import java.math.BigDecimal;
import java.util.Currency;

/** ISO 4217, as the JDK knows it: which codes are currencies and how many decimals their amounts may have. */
public final class Currencies {

    public static final String ISO_4217 = "iso-4217";
    public static final String NOT_A_CURRENCY = "must be an ISO 4217 currency code such as EUR";

    private Currencies() {
    }

    public static boolean known(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Decimals the currency allows (0 for JPY, 2 for EUR, ...); money here never has more than two. */
    public static int decimals(String currency) {
        return Math.min(2, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }

    /** Whether {@code amount} has no more decimals than {@code currency} allows; unknown currencies are judged elsewhere. */
    public static boolean fitsMinorUnits(BigDecimal amount, String currency) {
        return !known(currency) || amount.stripTrailingZeros().scale() <= decimals(currency);
    }

    /** What {@link #fitsMinorUnits} refuses, in words (empty for an unknown currency, which it never refuses). */
    public static String minorUnits(String currency) {
        return known(currency) ? "must have at most " + decimals(currency) + " decimals in " + currency : "";
    }
}
