package org.gcm.fund;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.gcm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CallerTest {

    @Test
    void donorPortalActsForItsContributor() {
        given().auth().oauth2(TestTokens.of("service-account-donor-portal-demo", "donor").contributor("CTR-DEMO-001").sign())
                .when().get("/me")
                .then().statusCode(200)
                .body("roles", contains("donor"))
                .body("contributorId", equalTo("CTR-DEMO-001"))
                .body("country", nullValue());
    }

    @Test
    void memberStateIsScopedToItsCountry() {
        given().auth().oauth2(TestTokens.memberState("PHL"))
                .when().get("/me")
                .then().statusCode(200)
                .body("country", equalTo("PHL"))
                .body("contributorId", nullValue());
    }
}
