package org.gcm.fund.domain;

/** An organisation of the implementation arrangement; {@code role} is LEAD or PARTNER. */
public record ImplementingOrganisation(String partnerId, String name, String role) {
}
