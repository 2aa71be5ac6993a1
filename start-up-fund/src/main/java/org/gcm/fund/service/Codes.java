package org.gcm.fund.service;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The code lists the fund validates against: ISO 3166-1 alpha-3, ISO 4217 and IATI organisation types. */
public final class Codes {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** IATI 2.03 OrganisationType (../shared/reference/iati-codes.tsv). */
    public static final Map<String, String> ORGANISATION_TYPES = Map.ofEntries(
            Map.entry("10", "Government"), Map.entry("11", "Local Government"), Map.entry("15", "Other Public Sector"),
            Map.entry("21", "International NGO"), Map.entry("22", "National NGO"), Map.entry("23", "Regional NGO"),
            Map.entry("24", "Partner Country based NGO"), Map.entry("30", "Public Private Partnership"),
            Map.entry("40", "Multilateral"), Map.entry("60", "Foundation"), Map.entry("70", "Private Sector"),
            Map.entry("71", "Private Sector in Provider Country"), Map.entry("72", "Private Sector in Aid Recipient Country"),
            Map.entry("73", "Private Sector in Third Country"), Map.entry("80", "Academic, Training and Research"),
            Map.entry("90", "Other"));

    /** Organisation types that act for a country: the country is then required. */
    public static final Set<String> PUBLIC_SECTOR = Set.of("10", "11", "15");

    private Codes() {
    }

    public static boolean country(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean currency(String code) {
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
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
