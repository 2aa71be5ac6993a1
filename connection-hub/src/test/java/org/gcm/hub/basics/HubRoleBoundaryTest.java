package org.gcm.hub.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gcm.hub.support.Bodies;
import org.gcm.hub.support.Tokens;
import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.roles.CrossTenantAttempt;
import org.gcm.testsupport.roles.RoleBoundarySuite;

import io.quarkus.test.junit.QuarkusTest;

/** Who may call what (who-may-call.tsv, from DESIGN.md section 5) over every operation of the hub. */
@QuarkusTest
class HubRoleBoundaryTest extends RoleBoundarySuite {

    @Override
    protected SuiteResources resources() {
        return HubSuiteResources.get();
    }

    @Override
    protected List<CrossTenantAttempt> crossTenantAttempts() {
        HubSuiteResources mex = HubSuiteResources.get();
        String phl = Tokens.memberState("PHL");
        String otherPartner = Tokens.partner(mex.otherPartner);
        Map<String, Object> comment = Map.of("comment", "ours now");
        Map<String, Object> text = Map.of("text", "ours now");
        List<CrossTenantAttempt> attempts = new ArrayList<>();
        for (String read : List.of("", "/history", "/correspondence", "/engagements", "/similar-initiatives")) {
            attempts.add(CrossTenantAttempt.refused("PHL reads a MEX request" + read, "GET",
                    "/requests/" + mex.accepted + read, phl, null));
        }
        attempts.addAll(List.of(
                CrossTenantAttempt.refused("PHL edits a MEX draft", "PUT", "/requests/" + mex.draft, phl,
                        Bodies.request("PHL")),
                CrossTenantAttempt.refused("PHL submits a MEX draft", "POST", "/requests/" + mex.draft + "/submit", phl,
                        comment),
                CrossTenantAttempt.refused("PHL withdraws a MEX request", "POST",
                        "/requests/" + mex.accepted + "/withdraw", phl, comment),
                CrossTenantAttempt.refused("PHL answers for a MEX request", "POST",
                        "/requests/" + mex.underAssessment + "/provide-information", phl, text),
                CrossTenantAttempt.refused("PHL completes a MEX request", "POST",
                        "/requests/" + mex.accepted + "/complete", phl, comment),
                CrossTenantAttempt.filtered("PHL lists requests", "/requests", phl, mex.accepted),
                CrossTenantAttempt.filtered("PHL lists MEX requests", "/requests?country=MEX", phl, mex.accepted),
                CrossTenantAttempt.refused("a partner reads another partner's engagement", "GET",
                        "/engagements/" + mex.engagement, otherPartner, null),
                CrossTenantAttempt.refused("a partner accepts another partner's engagement", "POST",
                        "/engagements/" + mex.engagement + "/accept", otherPartner, comment),
                CrossTenantAttempt.refused("a partner declines another partner's engagement", "POST",
                        "/engagements/" + mex.engagement + "/decline", otherPartner, comment),
                CrossTenantAttempt.filtered("a partner lists another partner's engagements",
                        "/engagements?partnerId=" + mex.partner, otherPartner, mex.engagement),
                CrossTenantAttempt.refused("a partner edits another partner's profile", "PUT", "/partners/" + mex.partner,
                        otherPartner, Bodies.partnerProfile("Taken over", Map.of(6, 1), List.of("PHL"), List.of("en"), 1))));
        return attempts;
    }
}
