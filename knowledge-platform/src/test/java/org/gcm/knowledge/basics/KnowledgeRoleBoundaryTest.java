package org.gcm.knowledge.basics;

import java.util.List;
import java.util.Map;

import org.gcm.knowledge.support.Practices;
import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.roles.CrossTenantAttempt;
import org.gcm.testsupport.roles.RoleBoundarySuite;

import io.quarkus.test.junit.QuarkusTest;

/** Who may call what (who-may-call.tsv, from DESIGN.md section 5) over every operation of the knowledge platform. */
@QuarkusTest
class KnowledgeRoleBoundaryTest extends RoleBoundarySuite {

    @Override
    protected SuiteResources resources() {
        return KnowledgeSuiteResources.get();
    }

    @Override
    protected List<CrossTenantAttempt> crossTenantAttempts() {
        KnowledgeSuiteResources knowledge = KnowledgeSuiteResources.get();
        String stranger = Practices.user(Practices.someone("stranger"));
        String otherReviewer = Practices.reviewer(Practices.someone("reviewer-other"), "UN");
        String draft = "/practices/" + knowledge.otherDraft;
        String review = "/practices/" + knowledge.underReview + "/reviews/" + knowledge.review;
        return List.of(
                CrossTenantAttempt.refused("a user reads another's draft", "GET", draft, stranger, null),
                CrossTenantAttempt.refused("a user reads another's draft's history", "GET", draft + "/history", stranger,
                        null),
                CrossTenantAttempt.refused("a user edits another's draft", "PUT", draft, stranger,
                        KnowledgeSuiteResources.content("Taken over")),
                CrossTenantAttempt.refused("a user submits another's draft", "POST", draft + "/submit", stranger, null),
                CrossTenantAttempt.filtered("a user searches drafts", "/practices?status=DRAFT", stranger,
                        knowledge.otherDraft),
                CrossTenantAttempt.refused("a reviewer reads a panel it is not on", "GET",
                        "/practices/" + knowledge.underReview + "/reviews", otherReviewer, null),
                CrossTenantAttempt.refused("a reviewer declares on another's assignment", "POST", review + "/declaration",
                        otherReviewer, Map.of("conflict", false)),
                CrossTenantAttempt.refused("a reviewer recommends on another's assignment", "POST",
                        review + "/recommendation", otherReviewer, Map.of("recommendation", "REJECT")),
                CrossTenantAttempt.refused("a reviewer reads a practice under review it is not assigned to", "GET",
                        "/practices/" + knowledge.underReview, otherReviewer, null));
    }
}
