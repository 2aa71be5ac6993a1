package org.gcm.knowledge.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gcm.knowledge.domain.Affiliation;
import org.gcm.knowledge.domain.AssignmentState;
import org.gcm.knowledge.domain.Recommendation;
import org.gcm.knowledge.domain.ReviewAssignment;
import org.gcm.knowledge.service.review.Quorum;
import org.junit.jupiter.api.Test;

/** The review quorum of DESIGN.md section 3, with no Quarkus: at least one UN and two external cleared reviewers. */
class QuorumTest {

    @Test
    void oneUnAndTwoExternalClearedReviewersRecommendingPublicationAreAQuorum() {
        Quorum quorum = Quorum.of(List.of(cleared(Affiliation.UN, Recommendation.PUBLISH),
                cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH), cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH)));
        assertTrue(quorum.recommendsPublication());
        assertTrue(quorum.panelComplete());
    }

    @Test
    void twoExternalRecommendationsAreNotEnoughWithoutAUnReviewer() {
        Quorum quorum = Quorum.of(List.of(cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH),
                cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH), cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH)));
        assertFalse(quorum.recommendsPublication());
        assertFalse(quorum.panelComplete());
    }

    @Test
    void otherRecommendationsAndMissingOnesDoNotCount() {
        Quorum quorum = Quorum.of(List.of(cleared(Affiliation.UN, Recommendation.PUBLISH),
                cleared(Affiliation.EXTERNAL, Recommendation.REQUEST_CHANGES), cleared(Affiliation.EXTERNAL, null)));
        assertFalse(quorum.recommendsPublication());
        assertTrue(quorum.panelComplete());
        assertEquals(1, quorum.unPublish());
        assertEquals(0, quorum.externalPublish());
    }

    @Test
    void aReviewerWithAConflictOfInterestLeavesThePanelAndOneNotYetClearedDoesNotCount() {
        ReviewAssignment conflicted = cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH);
        conflicted.state = AssignmentState.CONFLICTED;
        ReviewAssignment undeclared = cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH);
        undeclared.state = AssignmentState.ASSIGNED;
        Quorum quorum = Quorum.of(List.of(cleared(Affiliation.UN, Recommendation.PUBLISH),
                cleared(Affiliation.EXTERNAL, Recommendation.PUBLISH), conflicted, undeclared));
        assertFalse(quorum.recommendsPublication());
        assertEquals(1, quorum.externalPublish());
        // The undeclared reviewer is still on the panel; the conflicted one is not.
        assertEquals(2, quorum.externalActive());
        assertTrue(quorum.panelComplete());
    }

    @Test
    void anEmptyPanelIsNoQuorum() {
        Quorum quorum = Quorum.of(List.of());
        assertFalse(quorum.recommendsPublication());
        assertFalse(quorum.panelComplete());
    }

    private static ReviewAssignment cleared(Affiliation affiliation, Recommendation recommendation) {
        ReviewAssignment a = new ReviewAssignment();
        a.affiliation = affiliation;
        a.state = AssignmentState.CLEARED;
        a.recommendation = recommendation;
        return a;
    }
}
