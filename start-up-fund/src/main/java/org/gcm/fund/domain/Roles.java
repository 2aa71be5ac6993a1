package org.gcm.fund.domain;

/** The realm roles the fund answers to (DESIGN.md section 5). */
public final class Roles {

    public static final String DONOR = "donor";
    public static final String FUND_MANAGER = "fund-manager";
    public static final String STEERING_COMMITTEE = "steering-committee";
    public static final String MEMBER_STATE = "member-state";

    private Roles() {
    }
}
