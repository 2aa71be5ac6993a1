package org.gcm.testsupport.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gcm.testsupport.TestTokens;

/**
 * The callers the suites act as: no token ({@link #ANONYMOUS}), a signed-in user holding no role
 * ({@link #SIGNED_IN}), and each realm role of deploy/keycloak's realm {@code gcm}, with the claims that make it the
 * owner of the wiring's resources where the wiring says so (the member state of the fixture's country, the partner
 * of its engagement, the donor of its contributor).
 */
public final class Callers {

    public static final String ANONYMOUS = "anonymous";
    public static final String SIGNED_IN = "signed-in";
    /** The subject of the signed-in caller's token, for resources it must own (a practice it submitted). */
    public static final String SIGNED_IN_SUBJECT = "someone-without-a-role";
    /** The realm roles of deploy/keycloak (DESIGN.md section 5); every one is called by the role suite. */
    public static final List<String> REALM_ROLES = List.of("member-state", "secretariat", "partner", "donor",
            "fund-manager", "steering-committee", "editor", "reviewer", "operator");

    private final Map<String, String> tokens = new LinkedHashMap<>();

    private Callers() {
        tokens.put(SIGNED_IN, TestTokens.of(SIGNED_IN_SUBJECT).sign());
        for (String role : REALM_ROLES) {
            tokens.put(role, TestTokens.of(role + "-suite", role).sign());
        }
    }

    /** Every realm role, each with a plain token (no scoping claim) until {@link #with} gives it another. */
    public static Callers ofTheRealm() {
        return new Callers();
    }

    /** The token {@code role} acts with: one whose claims own the wiring's resources. */
    public Callers with(String role, String token) {
        if (!tokens.containsKey(role)) {
            throw new IllegalArgumentException(role + " is not a role of the realm: " + REALM_ROLES);
        }
        tokens.put(role, token);
        return this;
    }

    /** Every caller's name: anonymous, signed-in, then the roles. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(ANONYMOUS);
        names.addAll(tokens.keySet());
        return names;
    }

    /** The caller's bearer token; null for anonymous. */
    public String token(String caller) {
        if (ANONYMOUS.equals(caller)) {
            return null;
        }
        String token = tokens.get(caller);
        if (token == null) {
            throw new IllegalArgumentException("No token for the caller " + caller + "; known: " + tokens.keySet());
        }
        return token;
    }

    public boolean knows(String caller) {
        return ANONYMOUS.equals(caller) || tokens.containsKey(caller);
    }
}
