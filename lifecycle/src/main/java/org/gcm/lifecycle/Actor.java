package org.gcm.lifecycle;

/**
 * Who acted, as the history records it: the token's subject (or a service's name) and the role acted in.
 *
 * @param name the subject of the caller's token, or the name of the service whose event caused the move
 * @param role the realm role acted in, or {@code system} for moves caused by another service's events
 */
public record Actor(String name, String role) {

    public static final String SYSTEM_ROLE = "system";

    /** A move caused by an event of another service (the fund approving a grant, say). */
    public static Actor system(String service) {
        return new Actor(service, SYSTEM_ROLE);
    }
}
