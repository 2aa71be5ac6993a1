package org.gcm.reference;

/**
 * An area of the UN M49 standard (UNSD "Standard country or area codes for statistical use"): the world, a
 * region, a subregion, an intermediate region or a country. Countries carry their ISO 3166-1 alpha-3 code, which
 * is what the services store; the M49 tree is what they group and report by.
 *
 * @param code the three-digit M49 code ("404")
 * @param name the M49 English name ("Kenya")
 * @param level where the area sits in the tree
 * @param parentCode the M49 code of the area directly above, or {@code null} for the world
 * @param iso3 the ISO 3166-1 alpha-3 code of a country, or {@code null} for an area that is not a country
 */
public record M49Area(String code, String name, M49Level level, String parentCode, String iso3) {

    /** Whether this area is a country (or territory) rather than a grouping of countries. */
    public boolean isCountry() {
        return level == M49Level.COUNTRY;
    }
}
