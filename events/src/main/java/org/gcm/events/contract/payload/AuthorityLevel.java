package org.gcm.events.contract.payload;

/** The level of government that makes a country request (DESIGN.md section 3). */
public enum AuthorityLevel {
    NATIONAL,
    SUBNATIONAL,
    LOCAL
}
