package org.gcm.knowledge.service;

import java.util.Optional;

import org.gcm.caller.Caller;
import org.gcm.knowledge.domain.Affiliation;

/**
 * Who acts on the knowledge platform, as the service layer sees it: the token's subject, the roles that matter
 * here, the member-state country and the reviewer affiliation. Anonymous callers have no subject.
 */
public record Actor(String subject, boolean editor, boolean reviewer, String memberStateCountry,
        Optional<Affiliation> affiliation) {

    public static final String EDITOR = "editor";
    public static final String REVIEWER = "reviewer";
    public static final String MEMBER_STATE = "member-state";

    public static final Actor ANONYMOUS = new Actor(null, false, false, null, Optional.empty());

    /** The connection hub, opening drafts from completed requests. */
    public static final Actor HUB = new Actor("connection-hub", false, false, null, Optional.empty());

    public static Actor of(Caller caller) {
        String subject = caller.subject();
        if (subject == null || subject.isBlank()) {
            return ANONYMOUS;
        }
        String country = caller.hasRole(MEMBER_STATE) ? caller.country().orElse(null) : null;
        return new Actor(subject, caller.hasRole(EDITOR), caller.hasRole(REVIEWER), country,
                caller.affiliation().flatMap(Affiliation::fromClaim));
    }

    public boolean anonymous() {
        return subject == null;
    }
}
