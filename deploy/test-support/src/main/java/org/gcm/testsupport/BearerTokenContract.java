package org.gcm.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

/**
 * A service checks bearer tokens itself (the gateway checking too is defence in depth): no token, an expired
 * token, a token from another issuer, and a token meant for other services are all refused with a 401 problem.
 */
public abstract class BearerTokenContract {

    /** A path of the service that any signed-in caller may GET. */
    protected abstract String signedInPath();

    /** The service's own client id, which its tokens must carry in {@code aud}. */
    protected abstract String audience();

    @Test
    void refusesACallWithoutToken() {
        assertRefused(given().when().get(signedInPath()).then());
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(given().auth().oauth2(TestTokens.of("late", "secretariat").expired().sign())
                .when().get(signedInPath()).then());
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        assertRefused(given().auth().oauth2(TestTokens.of("stranger", "secretariat").issuer("https://elsewhere.example").sign())
                .when().get(signedInPath()).then());
    }

    @Test
    void refusesATokenMeantForOtherServices() {
        String other = "connection-hub".equals(audience()) ? "start-up-fund" : "connection-hub";
        assertRefused(given().auth().oauth2(TestTokens.of("lost", "secretariat").audience(other).sign())
                .when().get(signedInPath()).then());
    }

    @Test
    void refusesAGarbledToken() {
        assertRefused(given().auth().oauth2("not-a-jwt").when().get(signedInPath()).then());
    }

    @Test
    void acceptsAValidToken() {
        given().auth().oauth2(TestTokens.of("officer", "secretariat").sign())
                .when().get(signedInPath())
                .then().statusCode(200);
    }

    private static void assertRefused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }
}
