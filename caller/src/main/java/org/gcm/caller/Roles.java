package org.gcm.caller;

/**
 * The realm roles of DESIGN.md section 5, named once for every service (deploy/keycloak's realm {@code gcm}
 * defines them). Use these in {@code @RolesAllowed} and in scope checks; never a role name as a string literal.
 */
public final class Roles {

    /** Creates, edits, submits and withdraws its own country's requests; reads its country's grants. */
    public static final String MEMBER_STATE = "member-state";
    /** Assesses and advises on requests, matches partners, keeps the partner registry, requests funding. */
    public static final String SECRETARIAT = "secretariat";
    /** Answers the engagements offered to it, keeps its own profile and capacity current. */
    public static final String PARTNER = "partner";
    /** Posts pledges and commitments for itself, reads its own statements. */
    public static final String DONOR = "donor";
    /** Records deposits, screens and reviews applications, disburses, closes grants. */
    public static final String FUND_MANAGER = "fund-manager";
    /** Approves, pipelines or rejects grant applications. */
    public static final String STEERING_COMMITTEE = "steering-committee";
    /** Moderates knowledge submissions and decides on publication. */
    public static final String EDITOR = "editor";
    /** Reviews knowledge submissions assigned to it. */
    public static final String REVIEWER = "reviewer";
    /** Replays dead letters, reads operational details: a technical role, not a person of the mechanism. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
