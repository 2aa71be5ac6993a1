package org.gcm.events.contract.payload;

/**
 * An organisation of a request's implementation arrangement, as the connection hub's partner registry knows
 * it. No contact person: events carry no personal data; consumers that need contacts ask the hub's API.
 *
 * @param partnerId the partner's id in the hub's registry (the {@code partner_id} claim of its users)
 * @param name the organisation's name, for display
 * @param role {@link Role#LEAD} for the one lead organisation, {@link Role#PARTNER} for the others
 */
public record ImplementingOrganisation(String partnerId, String name, Role role) {

    public ImplementingOrganisation {
        Checks.id("ImplementingOrganisation.partnerId", partnerId);
        Checks.text("ImplementingOrganisation.name", name);
        Checks.required("ImplementingOrganisation.role", role);
    }

    /** An organisation's place in the arrangement. */
    public enum Role {
        LEAD,
        PARTNER
    }
}
