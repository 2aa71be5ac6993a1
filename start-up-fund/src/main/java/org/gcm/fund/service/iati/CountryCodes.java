package org.gcm.fund.service.iati;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** IATI names countries by ISO 3166-1 alpha-2, the fund stores alpha-3: the JDK's ISO tables translate. */
final class CountryCodes {

    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    private CountryCodes() {
    }

    static Optional<String> alpha2(String alpha3) {
        return Optional.ofNullable(alpha3 == null ? null : ALPHA2.get(alpha3));
    }
}
