package org.gcm.reference;

/**
 * An IATI 2.03 organisation type. Organisations are classified with these codes so that the fund can publish
 * its activities to IATI without a translation table.
 *
 * @param code the IATI code ("10")
 * @param name the IATI name ("Government")
 */
public record OrganisationType(String code, String name) {
}
