package org.gcm.fund.domain;

/** A person to talk to at a contributor. Shown only to the contributor itself and the fund's managers. */
public record Contact(String name, String email, String role) {
}
