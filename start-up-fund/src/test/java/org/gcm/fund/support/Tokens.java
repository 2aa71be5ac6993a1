package org.gcm.fund.support;

import org.gcm.testsupport.TestTokens;

/** Signed tokens for the fund's roles. */
public final class Tokens {

    private Tokens() {
    }

    public static String fundManager() {
        return TestTokens.of("fund-manager-1", "fund-manager").sign();
    }

    public static String steeringCommittee() {
        return TestTokens.of("steering-committee-1", "steering-committee").sign();
    }

    public static String donor(String contributorId) {
        return TestTokens.of("donor-" + contributorId.toLowerCase(), "donor").contributor(contributorId).sign();
    }

    public static String memberState(String country) {
        return TestTokens.memberState(country);
    }

    public static String secretariat() {
        return TestTokens.of("secretariat-1", "secretariat").sign();
    }
}
