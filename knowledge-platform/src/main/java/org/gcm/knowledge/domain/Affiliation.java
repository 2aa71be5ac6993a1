package org.gcm.knowledge.domain;

import java.util.Optional;

/** A reviewer's affiliation, from the token claim {@code affiliation} ({@code UN} or {@code external}). */
public enum Affiliation {
    UN,
    EXTERNAL;

    public static Optional<Affiliation> fromClaim(String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        return switch (claim.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "UN" -> Optional.of(UN);
            case "EXTERNAL" -> Optional.of(EXTERNAL);
            default -> Optional.empty();
        };
    }
}
