package org.gcm.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * GET /me and the {@link Caller} bean over real HTTP, with tokens shaped like the realm gcm's and signed by the
 * in-process OIDC server (see {@link TestInfrastructure}).
 */
@QuarkusTest
class CallerTest {

    // --- GET /me: what each kind of caller is scoped to ---

    @ParameterizedTest
    @ValueSource(strings = { "MEX", "PHL" })
    void memberStateIsScopedToItsCountry(String country) {
        given().auth().oauth2(TestTokens.memberState(country))
                .when().get("/me")
                .then().statusCode(200)
                .body("subject", equalTo("ms-" + country.toLowerCase()))
                .body("roles", contains(Roles.MEMBER_STATE))
                .body("country", equalTo(country))
                .body("partnerId", nullValue())
                .body("contributorId", nullValue());
    }

    @Test
    void partnerIsScopedToItsOrganisation() {
        given().auth().oauth2(TestTokens.of("partner-iom", Roles.PARTNER).partner("PRT-IOM").sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("subject", equalTo("partner-iom"))
                .body("roles", contains(Roles.PARTNER))
                .body("partnerId", equalTo("PRT-IOM"))
                .body("country", nullValue())
                .body("contributorId", nullValue());
    }

    @Test
    void donorPortalActsForItsContributor() {
        given().auth().oauth2(TestTokens.of("service-account-donor-portal-demo", Roles.DONOR)
                        .contributor("CTR-DEMO-001").sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("subject", equalTo("service-account-donor-portal-demo"))
                .body("roles", contains(Roles.DONOR))
                .body("contributorId", equalTo("CTR-DEMO-001"))
                .body("country", nullValue())
                .body("partnerId", nullValue());
    }

    @Test
    void reviewerShowsItsAffiliation() {
        given().auth().oauth2(TestTokens.of("reviewer-un", Roles.REVIEWER).claim(Caller.AFFILIATION_CLAIM, "UN").sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("roles", contains(Roles.REVIEWER))
                .body("affiliation", equalTo("UN"));
    }

    @Test
    void rolesAreShownSortedWhateverTheTokenOrder() {
        given().auth().oauth2(TestTokens.of("officer", Roles.SECRETARIAT, Roles.FUND_MANAGER, Roles.EDITOR).sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("roles", contains(Roles.EDITOR, Roles.FUND_MANAGER, Roles.SECRETARIAT));
    }

    @Test
    void aSignedInCallerWithoutRolesOrClaimsIsScopedToNothing() {
        given().auth().oauth2(TestTokens.of("someone").sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("subject", equalTo("someone"))
                .body("roles", empty())
                .body("country", nullValue())
                .body("partnerId", nullValue())
                .body("contributorId", nullValue())
                .body("affiliation", nullValue());
    }

    @Test
    void anonymousCallerIsRefusedWithAProblem() {
        given().when().get("/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/me"));
    }

    // --- actingRole(..) and signedIn(), through the test-only fixture.ActingRoleResource ---

    private static ValidatableResponse acting(String token, String... order) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (order.length > 0) {
            request.queryParam("order", (Object[]) order);
        }
        return request.when().get("/acting-role").then().statusCode(200);
    }

    @Test
    void actingRoleIsTheFirstHeldRoleInTheOrderGiven() {
        String officer = TestTokens.of("officer", Roles.SECRETARIAT, Roles.FUND_MANAGER).sign();
        acting(officer, Roles.FUND_MANAGER, Roles.SECRETARIAT)
                .body("actingRole", equalTo(Roles.FUND_MANAGER));
        acting(officer, Roles.SECRETARIAT, Roles.FUND_MANAGER)
                .body("actingRole", equalTo(Roles.SECRETARIAT));
    }

    @Test
    void actingRoleSkipsRolesNotHeld() {
        acting(TestTokens.memberState("MEX"), Roles.SECRETARIAT, Roles.EDITOR, Roles.MEMBER_STATE, Roles.DONOR)
                .body("actingRole", equalTo(Roles.MEMBER_STATE));
    }

    @Test
    void aSignedInCallerHoldingNoneOfTheRolesActsAsSignedIn() {
        String donor = TestTokens.of("donor-portal", Roles.DONOR).contributor("CTR-DEMO-001").sign();
        acting(donor, Roles.SECRETARIAT, Roles.FUND_MANAGER)
                .body("signedIn", equalTo(true))
                .body("actingRole", equalTo("signed-in"));
        acting(donor)
                .body("actingRole", equalTo("signed-in"));
        acting(TestTokens.of("someone").sign(), Roles.DONOR)
                .body("signedIn", equalTo(true))
                .body("actingRole", equalTo("signed-in"));
    }

    @Test
    void anonymousCallerIsNotSignedIn() {
        acting(null, Roles.SECRETARIAT)
                .body("signedIn", equalTo(false))
                .body("actingRole", equalTo("anonymous"));
    }
}
