package org.gcm.reference;

/**
 * The level of a UN M49 area. M49 is a tree (world, region, subregion, intermediate region, country) and not
 * every country sits under an intermediate region, so a level is needed to find a given ancestor.
 */
public enum M49Level {
    WORLD, REGION, SUBREGION, INTERMEDIATE_REGION, COUNTRY
}
