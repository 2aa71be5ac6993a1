package org.gcm.caller;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request, read from its token of the realm {@code gcm} (deploy/keycloak): the
 * roles, and the claims that scope what a caller may reach. A member state acts for its {@code country}, a
 * partner for its {@code partner_id}, a donor for its {@code contributor_id}; services check these against
 * the data asked for, so that nobody reaches into another country's, partner's or contributor's data.
 */
@RequestScoped
public class Caller {

    public static final String COUNTRY_CLAIM = "country";
    public static final String PARTNER_CLAIM = "partner_id";
    public static final String CONTRIBUTOR_CLAIM = "contributor_id";
    public static final String AFFILIATION_CLAIM = "affiliation";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether there is a signed-in caller at all (public reads have none). */
    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /**
     * The first of {@code roles}, in the order given, that the caller holds: the role it acts in, as a history
     * records it. A caller with none of them acts as {@code signed-in} (or {@code anonymous}).
     */
    public String actingRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return identity.isAnonymous() ? "anonymous" : "signed-in";
    }

    /** The ISO 3166-1 alpha-3 code of the country a member-state caller acts for. */
    public Optional<String> country() {
        return claim(COUNTRY_CLAIM);
    }

    /** The partner organisation a partner caller acts for. */
    public Optional<String> partnerId() {
        return claim(PARTNER_CLAIM);
    }

    /** The contributor a donor caller (a person or a donor portal) acts for. */
    public Optional<String> contributorId() {
        return claim(CONTRIBUTOR_CLAIM);
    }

    /** A reviewer's affiliation, {@code UN} or {@code external}: a practice's review needs both kinds. */
    public Optional<String> affiliation() {
        return claim(AFFILIATION_CLAIM);
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.getClaim(name));
    }
}
