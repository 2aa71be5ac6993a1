package org.gcm.reference;

/**
 * A currency money may be given in: an active ISO 4217 code of a currency that people pay with. Not the
 * "X" units that are no currency (XXX none, XTS testing), precious metals (XAU), bond-market units, SDRs or
 * fund codes (BOV, CLF, USN, ...), and not withdrawn currencies (DEM, HRK), which the JDK still knows.
 *
 * @param code the ISO 4217 alphabetic code ("EUR")
 * @param minorUnits the decimals its amounts have (2 for EUR, 0 for JPY, 3 for KWD)
 * @param name the English name ("Euro")
 */
public record Currency(String code, int minorUnits, String name) {
}
