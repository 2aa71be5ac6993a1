package org.gcm.knowledge.service.review;

import java.util.List;

import org.gcm.knowledge.domain.Affiliation;
import org.gcm.knowledge.domain.AssignmentState;
import org.gcm.knowledge.domain.Recommendation;
import org.gcm.knowledge.domain.ReviewAssignment;

/**
 * The review quorum (DESIGN.md section 3): at least one UN and two external reviewers, each cleared of conflicts
 * of interest, recommending publication.
 */
public record Quorum(long unPublish, long externalPublish, long unActive, long externalActive) {

    public static final int UN_NEEDED = 1;
    public static final int EXTERNAL_NEEDED = 2;

    public static Quorum of(List<ReviewAssignment> assignments) {
        return new Quorum(count(assignments, Affiliation.UN, true), count(assignments, Affiliation.EXTERNAL, true),
                assignments.stream().filter(a -> a.active() && a.affiliation == Affiliation.UN).count(),
                assignments.stream().filter(a -> a.active() && a.affiliation == Affiliation.EXTERNAL).count());
    }

    private static long count(List<ReviewAssignment> assignments, Affiliation affiliation, boolean publish) {
        return assignments.stream().filter(a -> a.state == AssignmentState.CLEARED && a.affiliation == affiliation
                && (!publish || a.recommendation == Recommendation.PUBLISH)).count();
    }

    public boolean recommendsPublication() {
        return unPublish >= UN_NEEDED && externalPublish >= EXTERNAL_NEEDED;
    }

    /** The review panel is complete: enough reviewers not removed for a conflict. */
    public boolean panelComplete() {
        return unActive >= UN_NEEDED && externalActive >= EXTERNAL_NEEDED;
    }
}
