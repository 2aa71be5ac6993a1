package org.gcm.fund.basics;

import java.util.List;
import java.util.Map;

import org.gcm.fund.support.FundApi;
import org.gcm.fund.support.Tokens;
import org.gcm.testsupport.api.SuiteResources;
import org.gcm.testsupport.roles.CrossTenantAttempt;
import org.gcm.testsupport.roles.RoleBoundarySuite;

import io.quarkus.test.junit.QuarkusTest;

/** Who may call what (who-may-call.tsv, from DESIGN.md section 5) over every operation of the fund. */
@QuarkusTest
class FundRoleBoundaryTest extends RoleBoundarySuite {

    @Override
    protected SuiteResources resources() {
        return FundSuiteResources.get();
    }

    @Override
    protected List<CrossTenantAttempt> crossTenantAttempts() {
        FundSuiteResources fund = FundSuiteResources.get();
        String otherDonor = Tokens.donor(fund.otherContributor);
        String phl = Tokens.memberState("PHL");
        String contribution = "/contributions/" + fund.deposited;
        String grant = "/grants/" + fund.approved;
        return List.of(
                CrossTenantAttempt.refused("a donor reads another contributor", "GET",
                        "/contributors/" + fund.contributor, otherDonor, null),
                CrossTenantAttempt.refused("a donor reads another contributor's statement", "GET",
                        "/contributors/" + fund.contributor + "/statement", otherDonor, null),
                CrossTenantAttempt.refused("a donor reads another contributor's contribution", "GET", contribution,
                        otherDonor, null),
                CrossTenantAttempt.refused("a donor reads another contributor's contribution history", "GET",
                        contribution + "/history", otherDonor, null),
                CrossTenantAttempt.refused("a donor reads another contributor's deposit", "GET",
                        contribution + "/deposits/" + fund.deposit, otherDonor, null),
                CrossTenantAttempt.refused("a donor commits another contributor's pledge", "POST",
                        "/contributions/" + fund.pledged + "/commit", otherDonor,
                        Map.of("agreementReference", "SAA-X", "signedOn", "2026-11-15")),
                CrossTenantAttempt.refused("a donor cancels another contributor's pledge", "POST",
                        "/contributions/" + fund.pledged + "/cancel", otherDonor, Map.of("reason", "not ours")),
                CrossTenantAttempt.refused("a donor pledges in another contributor's name", "POST", "/contributions",
                        otherDonor, Map.of("contributorId", fund.contributor, "amount", FundApi.usd("10.00"),
                                "earmarking", Map.of("kind", "UNEARMARKED"))),
                CrossTenantAttempt.filtered("a donor lists contributions", "/contributions", otherDonor, fund.deposited),
                CrossTenantAttempt.filtered("a donor lists another contributor's contributions",
                        "/contributions?contributorId=" + fund.contributor, otherDonor, fund.deposited),
                CrossTenantAttempt.filtered("a donor lists contributors", "/contributors", otherDonor, fund.contributor),
                CrossTenantAttempt.refused("PHL reads a KEN grant", "GET", grant, phl, null),
                CrossTenantAttempt.refused("PHL reads a KEN grant's history", "GET", grant + "/history", phl, null),
                CrossTenantAttempt.refused("PHL reads a KEN grant's tranches", "GET", grant + "/tranches", phl, null),
                CrossTenantAttempt.refused("PHL reads a KEN grant's tranche", "GET",
                        grant + "/tranches/" + fund.tranche, phl, null),
                CrossTenantAttempt.refused("PHL reads a KEN grant's follow-on funding", "GET",
                        grant + "/follow-on-funding", phl, null),
                CrossTenantAttempt.filtered("PHL lists grants", "/grants", phl, fund.approved),
                CrossTenantAttempt.filtered("PHL lists KEN grants", "/grants?country=KEN", phl, fund.approved));
    }
}
