package org.gcm.hub.support;

import org.gcm.testsupport.TestTokens;

/** The callers of the hub's tests, with the realm's roles and claims. */
public final class Tokens {

    private Tokens() {
    }

    public static String memberState(String country) {
        return TestTokens.memberState(country);
    }

    public static String secretariat() {
        return TestTokens.of("secretariat-officer", "secretariat").sign();
    }

    public static String partner(String partnerId) {
        return TestTokens.of("user-" + partnerId.toLowerCase(), "partner").partner(partnerId).sign();
    }

    public static String fundManager() {
        return TestTokens.of("fund-manager", "fund-manager").sign();
    }

    public static String donor() {
        return TestTokens.of("donor-user", "donor").contributor("CTR-DEMO-001").sign();
    }
}
