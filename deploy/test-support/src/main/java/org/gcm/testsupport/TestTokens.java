package org.gcm.testsupport;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens for tests, shaped like the realm {@code gcm}'s (see deploy/keycloak): roles under
 * {@code realm_access.roles}, the scoping claims {@code country}, {@code partner_id} and
 * {@code contributor_id}, and every service in {@code aud}. They are signed with the key of the in-process
 * OIDC server that {@link io.quarkus.test.oidc.server.OidcWiremockTestResource} starts, so a service under
 * test verifies them exactly as it verifies Keycloak's.
 */
public final class TestTokens {

    /** The issuer the in-process OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";
    public static final Set<String> ALL_SERVICES =
            Set.of("connection-hub", "start-up-fund", "knowledge-platform", "gateway");

    private final String subject;
    private final Set<String> roles;
    private final Map<String, String> claims = new LinkedHashMap<>();
    private String issuer = ISSUER;
    private Set<String> audience = ALL_SERVICES;
    private Instant expiresAt = Instant.now().plusSeconds(900);

    private TestTokens(String subject, Set<String> roles) {
        this.subject = subject;
        this.roles = roles;
    }

    /** A token for {@code subject} holding the given realm roles (none: any signed-in user). */
    public static TestTokens of(String subject, String... roles) {
        return new TestTokens(subject, Set.of(roles));
    }

    public static String memberState(String country) {
        return of("ms-" + country.toLowerCase(), "member-state").country(country).sign();
    }

    public TestTokens country(String iso3) {
        return claim("country", iso3);
    }

    public TestTokens partner(String partnerId) {
        return claim("partner_id", partnerId);
    }

    public TestTokens contributor(String contributorId) {
        return claim("contributor_id", contributorId);
    }

    public TestTokens claim(String name, String value) {
        claims.put(name, value);
        return this;
    }

    /** For refusal tests: a token from some other issuer. */
    public TestTokens issuer(String otherIssuer) {
        this.issuer = otherIssuer;
        return this;
    }

    /** For refusal tests: a token meant for other services. */
    public TestTokens audience(String... services) {
        this.audience = Set.of(services);
        return this;
    }

    /** For refusal tests: a token whose lifetime is over. */
    public TestTokens expired() {
        this.expiresAt = Instant.now().minusSeconds(600);
        return this;
    }

    public String sign() {
        JwtClaimsBuilder builder = Jwt.subject(subject)
                .preferredUserName(subject)
                .issuer(issuer)
                .audience(audience)
                .issuedAt(expiresAt.minusSeconds(900))
                .expiresAt(expiresAt)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)));
        claims.forEach(builder::claim);
        return builder.sign();
    }
}
